package dev.pyjava.examples.wordcount;

import dev.pyjava.runtime.PythonRepr;
import dev.pyjava.runtime.exceptions.PyOSError;
import dev.pyjava.runtime.files.PythonFiles;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A file's bytes as a {@link MemorySegment} until it is closed: mapped when it has some size (no
 * copy, no heap), read into memory otherwise (small or empty files, pipes, files such as {@code
 * /proc}'s that report no size). The file is the one Python's {@code open()} opens for the same
 * name, and a name it cannot open raises the same error.
 */
final class TextFile implements AutoCloseable {
  /** Below this many bytes reading is cheaper than mapping and unmapping. */
  private static final long MIN_MAPPED_SIZE = 1 << 16;

  private final String path;
  private final MemorySegment bytes;
  /** The open file while it is mapped (so a fault can be told from truncation), else null. */
  private final FileChannel channel;
  /** The mapping's arena, or null when the bytes were read. */
  private final Arena arena;

  private TextFile(String path, MemorySegment bytes, FileChannel channel, Arena arena) {
    this.path = path;
    this.bytes = bytes;
    this.channel = channel;
    this.arena = arena;
  }

  /**
   * Opens the file at {@code path} and maps or reads its bytes, which may then be read from the
   * calling thread only, unless {@code shared}, until {@link #close}.
   *
   * @throws PyOSError if the file cannot be opened, as Python's {@code open()} fails
   */
  static TextFile open(String path, boolean shared) throws IOException {
    FileChannel channel = PythonFiles.openForReading(path);
    try {
      long size = channel.size();
      if (size < MIN_MAPPED_SIZE) {
        byte[] read = Channels.newInputStream(channel).readAllBytes();
        channel.close();
        return new TextFile(path, MemorySegment.ofArray(read), null, null);
      }
      Arena arena = shared ? Arena.ofShared() : Arena.ofConfined();
      try {
        MemorySegment mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
        return new TextFile(path, mapped, channel, arena);
      } catch (IOException | RuntimeException | Error e) {
        arena.close();
        throw e;
      }
    } catch (IOException | RuntimeException | Error e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Applies {@code count} to the bytes of the file at {@code path}, which it may read until it
   * returns: from the calling thread only, unless {@code shared}.
   *
   * @throws PyOSError if the file cannot be opened (as Python's {@code open()} fails), or was
   *     truncated while it was mapped
   */
  static long count(String path, boolean shared, ToLongFunction<MemorySegment> count)
      throws IOException {
    CountingProbe.entered();
    try (TextFile text = open(path, shared)) {
      CountingProbe.hasBytes();
      return text.read(count::applyAsLong);
    }
  }

  /**
   * What {@code reader} makes of the file's bytes.
   *
   * @throws PyOSError if the file was truncated while it was mapped, so that a page of it is gone
   */
  <T> T read(Function<MemorySegment, T> reader) {
    try {
      return reader.apply(bytes);
    } catch (InternalError fault) {
      // The JVM's report of a mapped page that is gone (SIGBUS): the file got shorter.
      if (channel == null) {
        throw fault;
      }
      long mapped = bytes.byteSize();
      long now = sizeNow(fault);
      if (now >= mapped) {
        throw fault;
      }
      throw truncated(path, mapped, now, fault);
    }
  }

  /** Unmaps the bytes and closes the file; the bytes must not be read any more. */
  @Override
  public void close() throws IOException {
    if (arena != null) {
      try {
        arena.close();
      } finally {
        channel.close();
      }
    }
  }

  /** The mapped file's size now, or its mapped size if that cannot be found. */
  private long sizeNow(InternalError fault) {
    try {
      return channel.size();
    } catch (IOException e) {
      fault.addSuppressed(e);
      return bytes.byteSize();
    }
  }

  private static PyOSError truncated(String path, long mapped, long now, InternalError fault) {
    return new PyOSError(
        "file "
            + PythonRepr.str(path)
            + " was truncated while it was read: "
            + mapped
            + " bytes were mapped, "
            + now
            + " are left",
        fault);
  }
}
