package dev.pyjava.runtime.files;

import dev.pyjava.runtime.cpython.ffi.libc.Libc;
import dev.pyjava.runtime.exceptions.Errno;
import dev.pyjava.runtime.exceptions.PyOSError;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Opens a file by the name Python code gave, exactly as Python's {@code open(name, "rb")} does:
 * the same file for every name {@code open()} accepts, and the same error when it fails.
 *
 * <p>Java's own file APIs turn a name into bytes their own way, which fails for a name that
 * {@code os.listdir} decoded from bytes that are not valid UTF-8 ({@code '\udce9'}), and they
 * report failures with their own exceptions (an empty name even means the current directory).
 * This class encodes the name as {@code os.fsencode} does, opens it with {@code open(2)}, and
 * hands Java the open file through {@code /proc/self/fd} (Linux), FIFOs and pipes included.
 */
public final class PythonFiles {
  private PythonFiles() {}

  /**
   * The file Python's {@code open(name, "rb")} would open, as a channel for reading (and mapping).
   *
   * @throws PyOSError the subclass, errno, strerror and filename Python's {@code open()} raises
   *     ({@code FileNotFoundError} for a missing file or an empty name, {@code IsADirectoryError}
   *     for a directory, {@code PermissionError}, errno 40 for a symbolic link loop, …)
   * @throws dev.pyjava.runtime.exceptions.PyUnicodeEncodeError if the name cannot be encoded, as
   *     {@code open()} raises it
   * @throws dev.pyjava.runtime.exceptions.PyValueError if the name holds a NUL character
   * @throws InterruptedIOException if the thread was interrupted while {@code open(2)} waited
   *     (for a FIFO without a writer, say)
   * @throws IOException if Java cannot reach the open file through {@code /proc/self/fd}
   */
  public static FileChannel openForReading(String name) throws IOException {
    byte[] bytes = FileNames.encode(name);
    int fd = Libc.fileType(bytes) == Libc.S_IFIFO ? openFifo(bytes, name) : open(bytes, Libc.READ, name);
    try {
      int type = Libc.fileType(fd);
      if (type < 0) {
        throw failure(-type, name);
      }
      Path open = Path.of("/proc/self/fd/" + fd);
      if (type == Libc.S_IFDIR) {
        throw failure(Errno.EISDIR.number(), name);
      }
      if (type != Libc.S_IFIFO) {
        return FileChannel.open(open);
      }
      // Opening a FIFO again waits for a writer, and the one that let open(2) return may be gone
      // already: a write end of its own lets Java open it at once and still read to the end.
      int writer = open(FileNames.encode(open.toString()), Libc.FIFO_WRITE_END, name);
      try {
        return FileChannel.open(open);
      } finally {
        Libc.close(writer);
      }
    } finally {
      Libc.close(fd);
    }
  }

  /**
   * Opens a FIFO for reading, which waits for a writer; no Java interrupt ends that wait inside
   * {@code open(2)}, so it waits on a thread of its own while this one waits interruptibly (Ctrl-C
   * in a released call interrupts it). An abandoned open keeps its daemon thread until a writer
   * comes, and then closes what it opened.
   */
  private static int openFifo(byte[] bytes, String name) throws IOException {
    CompletableFuture<Integer> opened = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name("pyjava-fifo-open")
        .start(
            () -> {
              try {
                int fd = open(bytes, Libc.READ, name);
                if (!opened.complete(fd)) {
                  Libc.close(fd);
                }
              } catch (Throwable t) {
                opened.completeExceptionally(t);
              }
            });
    try {
      return opened.get();
    } catch (InterruptedException e) {
      if (!opened.cancel(false)) {
        Libc.close(opened.join()); // opened just as this thread was interrupted
      }
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("open() of " + name + " was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException failure) {
        throw failure;
      }
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw (Error) e.getCause();
    }
  }

  private static int open(byte[] bytes, int flags, String name) throws InterruptedIOException {
    while (true) {
      int result = Libc.open(bytes, flags);
      if (result >= 0) {
        return result;
      }
      if (-result != Libc.EINTR) {
        throw failure(-result, name);
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("open() of " + name + " was interrupted");
      }
    }
  }

  /** The exception Python's {@code OSError(errno, strerror, name)} makes. */
  private static PyOSError failure(int errno, String name) {
    Errno known = Errno.byNumber(errno);
    return known != null
        ? PyOSError.of(known, name, null)
        : new PyOSError(errno, Libc.strerror(errno), name, null);
  }
}
