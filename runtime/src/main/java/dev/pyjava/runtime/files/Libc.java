package dev.pyjava.runtime.files;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The C library calls that open a file by its bytes: {@code open(2)} with the {@code errno} it
 * sets, {@code statx(2)} for the type of what it opened, {@code close(2)} and {@code strerror(3)}.
 * Linux values (x86-64 and AArch64 share them).
 */
final class Libc {
  private Libc() {}

  /** {@code errno} for a call a signal interrupted. */
  static final int EINTR = 4;

  /** The file type of a directory, as {@link #fileType} gives it. */
  static final int S_IFDIR = 0040000;

  /** The file type of a FIFO or a pipe, as {@link #fileType} gives it. */
  static final int S_IFIFO = 0010000;

  /** {@code open(2)} flags to read a file as Python's {@code open()} does. */
  static final int READ = 0x80000; // O_RDONLY | O_CLOEXEC

  /** {@code open(2)} flags for a write end of a FIFO that has a reader, without waiting. */
  static final int FIFO_WRITE_END = 0x80000 | 0x800 | 0x1; // O_CLOEXEC | O_NONBLOCK | O_WRONLY

  private static final int AT_FDCWD = -100;
  private static final int AT_EMPTY_PATH = 0x1000;
  private static final int STATX_TYPE = 0x1;
  private static final long STATX_SIZE = 256;
  private static final long STX_MODE_OFFSET = 28;
  private static final int S_IFMT = 0170000;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  // open(path, flags, ...): the mode is passed as the variadic argument it is.
  private static final MethodHandle OPEN =
      function(
          "open",
          FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
          Linker.Option.captureCallState("errno"),
          Linker.Option.firstVariadicArg(2));
  private static final MethodHandle CLOSE =
      function("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  // statx(dirfd, path, flags, mask, buffer): its struct has one layout on every architecture.
  private static final MethodHandle STATX =
      function(
          "statx",
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS),
          Linker.Option.captureCallState("errno"));
  private static final MethodHandle STRERROR =
      function("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

  /**
   * Opens the file whose name is {@code path} (NUL-terminated) with {@code flags}: the
   * descriptor, or minus the {@code errno} of the failure.
   */
  static int open(byte[] path, int flags) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment name = arena.allocate(path.length);
      name.copyFrom(MemorySegment.ofArray(path));
      MemorySegment state = arena.allocate(CALL_STATE);
      int fd = (int) OPEN.invokeExact(state, name, flags, 0);
      return fd >= 0 ? fd : -(int) ERRNO.get(state, 0L);
    } catch (Throwable t) {
      throw new IllegalStateException("open(2) could not be called", t);
    }
  }

  /**
   * The file type bits of {@code st_mode} ({@code S_IFDIR}, {@code S_IFIFO}, …) of the open file
   * {@code fd}, or minus the {@code errno} of the failure.
   */
  static int fileType(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      return fileType(arena, fd, arena.allocateFrom(""), AT_EMPTY_PATH);
    }
  }

  /**
   * The file type bits of {@code st_mode} of the file named {@code path} (NUL-terminated,
   * symbolic links followed), or minus the {@code errno} of the failure.
   */
  static int fileType(byte[] path) {
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
      int result = (int) STATX.invokeExact(state, directory, path, flags, STATX_TYPE, buffer);
      return result == 0
          ? buffer.get(JAVA_SHORT_UNALIGNED, STX_MODE_OFFSET) & S_IFMT
          : -(int) ERRNO.get(state, 0L);
    } catch (Throwable t) {
      throw new IllegalStateException("statx(2) could not be called", t);
    }
  }

  /** Closes {@code fd}; a failure to close a descriptor opened for reading loses nothing. */
  static void close(int fd) {
    try {
      int ignored = (int) CLOSE.invokeExact(fd);
    } catch (Throwable t) {
      throw new IllegalStateException("close(2) could not be called", t);
    }
  }

  /** The C library's text for {@code errno}, as Python's {@code OSError.strerror}. */
  static String strerror(int errno) {
    try {
      MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
      return text.reinterpret(Long.MAX_VALUE).getString(0);
    } catch (Throwable t) {
      throw new IllegalStateException("strerror(3) could not be called", t);
    }
  }

  private static MethodHandle function(
      String name, FunctionDescriptor descriptor, Linker.Option... options) {
    return LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow(name), descriptor, options);
  }
}
