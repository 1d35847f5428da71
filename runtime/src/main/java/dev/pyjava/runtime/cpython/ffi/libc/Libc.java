package dev.pyjava.runtime.cpython.ffi.libc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import dev.pyjava.runtime.cpython.ffi.Downcalls;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Every C library function pyjava calls, each declared once: files ({@code open}, {@code statx},
 * {@code close}, {@code strerror}, {@code read}, {@code write}), signals and threads ({@code
 * sigaction}, {@code pthread_self}, {@code pthread_kill}) and the dynamic linker ({@code dlopen},
 * {@code dlsym}, {@code dlerror}). Linux values (x86-64 and AArch64 share them). Needs no GIL.
 *
 * <p>Each handle is linked the first time its function is called (a holder class per function),
 * so a process that never opens a file or touches a signal links neither.
 */
public final class Libc {
  private Libc() {}

  /** {@code errno} for a call a signal interrupted. */
  public static final int EINTR = 4;

  /** The file type of a directory, as {@link #fileType} gives it. */
  public static final int S_IFDIR = 0040000;

  /** The file type of a FIFO or a pipe, as {@link #fileType} gives it. */
  public static final int S_IFIFO = 0010000;

  /** {@code open(2)} flags to read a file as Python's {@code open()} does. */
  public static final int READ = 0x80000; // O_RDONLY | O_CLOEXEC

  /** {@code open(2)} flags for a write end of a FIFO that has a reader, without waiting. */
  public static final int FIFO_WRITE_END = 0x80000 | 0x800 | 0x1; // O_CLOEXEC | O_NONBLOCK | O_WRONLY

  /** {@code dlopen} flag: resolve every symbol now. */
  public static final int RTLD_NOW = 0x2;

  /** {@code dlopen} flag: make the library's symbols visible to libraries loaded later. */
  public static final int RTLD_GLOBAL = 0x100;

  private static final int AT_FDCWD = -100;
  private static final int AT_EMPTY_PATH = 0x1000;
  private static final int STATX_TYPE = 0x1;
  private static final long STATX_SIZE = 256;
  private static final long STX_MODE_OFFSET = 28;
  private static final int S_IFMT = 0170000;

  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

  // open(path, flags, ...): the mode is passed as the variadic argument it is.
  private static final class Open {
    static final MethodHandle HANDLE =
        Downcalls.libc(
            "open",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
            CAPTURE_ERRNO,
            Linker.Option.firstVariadicArg(2));
  }

  // statx(dirfd, path, flags, mask, buffer): its struct has one layout on every architecture.
  private static final class Statx {
    static final MethodHandle HANDLE =
        Downcalls.libc(
            "statx",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS),
            CAPTURE_ERRNO);
  }

  private static final class Close {
    static final MethodHandle HANDLE =
        Downcalls.libc("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  }

  private static final class Strerror {
    static final MethodHandle HANDLE =
        Downcalls.libc("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
  }

  private static final class Read {
    static final MethodHandle HANDLE =
        Downcalls.libc(
            "read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG), CAPTURE_ERRNO);
  }

  private static final class Write {
    static final MethodHandle HANDLE =
        Downcalls.libc("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  private static final class Sigaction {
    static final MethodHandle HANDLE =
        Downcalls.libc("sigaction", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  private static final class PthreadSelf {
    static final MethodHandle HANDLE =
        Downcalls.libc("pthread_self", FunctionDescriptor.of(JAVA_LONG));
  }

  private static final class PthreadKill {
    static final MethodHandle HANDLE =
        Downcalls.libc("pthread_kill", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT));
  }

  private static final class Dlopen {
    static final MethodHandle HANDLE =
        Downcalls.libc("dlopen", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
  }

  private static final class Dlsym {
    static final MethodHandle HANDLE =
        Downcalls.libc("dlsym", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
  }

  private static final class Dlerror {
    static final MethodHandle HANDLE = Downcalls.libc("dlerror", FunctionDescriptor.of(ADDRESS));
  }

  /**
   * Opens the file whose name is {@code path} (NUL-terminated) with {@code flags}: the
   * descriptor, or minus the {@code errno} of the failure.
   */
  public static int open(byte[] path, int flags) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment name = arena.allocate(path.length);
      name.copyFrom(MemorySegment.ofArray(path));
      MemorySegment state = arena.allocate(CALL_STATE);
      int fd = (int) Open.HANDLE.invokeExact(state, name, flags, 0);
      return fd >= 0 ? fd : -(int) ERRNO.get(state, 0L);
    } catch (Throwable t) {
      throw Downcalls.failure("open(2)", t);
    }
  }

  /**
   * The file type bits of {@code st_mode} ({@code S_IFDIR}, {@code S_IFIFO}, …) of the open file
   * {@code fd}, or minus the {@code errno} of the failure.
   */
  public static int fileType(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      return fileType(arena, fd, arena.allocateFrom(""), AT_EMPTY_PATH);
    }
  }

  /**
   * The file type bits of {@code st_mode} of the file named {@code path} (NUL-terminated,
   * symbolic links followed), or minus the {@code errno} of the failure.
   */
  public static int fileType(byte[] path) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment name = arena.allocate(path.length);
      name.copyFrom(MemorySegment.ofArray(path));
      return fileType(arena, AT_FDCWD, name, 0);
    }
  }

  private static int fileType(Arena arena, int directory, MemorySegment path, int flags) {
    try {
      MemorySegment state = arena.allocate(CALL_STATE);
      MemorySegment buffer = arena.allocate(STATX_SIZE, Long.BYTES);
      int result = (int) Statx.HANDLE.invokeExact(state, directory, path, flags, STATX_TYPE, buffer);
      return result == 0
          ? buffer.get(JAVA_SHORT_UNALIGNED, STX_MODE_OFFSET) & S_IFMT
          : -(int) ERRNO.get(state, 0L);
    } catch (Throwable t) {
      throw Downcalls.failure("statx(2)", t);
    }
  }

  /** Closes {@code fd}; a failure to close a descriptor opened for reading loses nothing. */
  public static void close(int fd) {
    try {
      int ignored = (int) Close.HANDLE.invokeExact(fd);
    } catch (Throwable t) {
      throw Downcalls.failure("close(2)", t);
    }
  }

  /** The C library's text for {@code errno}, as Python's {@code OSError.strerror}. */
  public static String strerror(int errno) {
    try {
      MemorySegment text = (MemorySegment) Strerror.HANDLE.invokeExact(errno);
      return text.reinterpret(Long.MAX_VALUE).getString(0);
    } catch (Throwable t) {
      throw Downcalls.failure("strerror(3)", t);
    }
  }

  /**
   * Reads up to {@code buffer.byteSize()} bytes from {@code fd}, blocking until some arrive and
   * reading again when a signal interrupts it; returns how many, 0 at end of file, negative on an
   * error.
   */
  public static long read(int fd, MemorySegment buffer) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      while (true) {
        long count = (long) Read.HANDLE.invokeExact(state, fd, buffer.address(), buffer.byteSize());
        if (count >= 0 || (int) ERRNO.get(state, 0L) != EINTR) {
          return count;
        }
      }
    } catch (Throwable t) {
      throw Downcalls.failure("read(2)", t);
    }
  }

  /** Writes the first {@code count} bytes of {@code buffer} to {@code fd} once: how many, or -1. */
  public static long write(int fd, MemorySegment buffer, long count) {
    try {
      return (long) Write.HANDLE.invokeExact(fd, buffer.address(), count);
    } catch (Throwable t) {
      throw Downcalls.failure("write(2)", t);
    }
  }

  /**
   * {@code sigaction(signal, action, oldAction)} with the {@code struct sigaction} addresses
   * {@code action} and {@code oldAction} (0 for NULL).
   *
   * @throws IllegalStateException if it fails
   */
  public static void sigaction(int signal, long action, long oldAction) {
    int result;
    try {
      result = (int) Sigaction.HANDLE.invokeExact(signal, action, oldAction);
    } catch (Throwable t) {
      throw Downcalls.failure("sigaction(" + signal + ")", t);
    }
    if (result != 0) {
      throw new IllegalStateException("sigaction(" + signal + ") failed");
    }
  }

  /** {@code pthread_self()}: the calling thread. */
  public static long pthreadSelf() {
    try {
      return (long) PthreadSelf.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Downcalls.failure("pthread_self", t);
    }
  }

  /** {@code pthread_kill(thread, signal)}: 0, or the error number. */
  public static int pthreadKill(long thread, int signal) {
    try {
      return (int) PthreadKill.HANDLE.invokeExact(thread, signal);
    } catch (Throwable t) {
      throw Downcalls.failure("pthread_kill", t);
    }
  }

  /**
   * {@code dlopen(path, flags)}, {@code path} a NUL-terminated string or NULL for the process
   * itself: the handle, or NULL when it fails ({@link #dlerror()} says why).
   */
  public static MemorySegment dlopen(MemorySegment path, int flags) {
    try {
      return (MemorySegment) Dlopen.HANDLE.invokeExact(path, flags);
    } catch (Throwable t) {
      throw Downcalls.failure("dlopen", t);
    }
  }

  /** {@code dlsym(handle, name)}: the symbol's address, or NULL when there is none. */
  public static MemorySegment dlsym(MemorySegment handle, String name) {
    try (Arena arena = Arena.ofConfined()) {
      return (MemorySegment) Dlsym.HANDLE.invokeExact(handle, arena.allocateFrom(name));
    } catch (Throwable t) {
      throw Downcalls.failure("dlsym(" + name + ")", t);
    }
  }

  /** {@code dlerror()}: why the last {@code dlopen} failed, or {@code "unknown error"}. */
  public static String dlerror() {
    try {
      MemorySegment error = (MemorySegment) Dlerror.HANDLE.invokeExact();
      return error.equals(MemorySegment.NULL)
          ? "unknown error"
          : error.reinterpret(Long.MAX_VALUE).getString(0);
    } catch (Throwable t) {
      throw Downcalls.failure("dlerror", t);
    }
  }
}
