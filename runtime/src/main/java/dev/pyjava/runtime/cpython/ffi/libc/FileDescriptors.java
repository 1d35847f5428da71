package dev.pyjava.runtime.cpython.ffi.libc;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * {@code read(2)} and {@code write(2)} on file descriptors Python made (a signal wakeup pipe), and
 * the C library's functions for the other signal helpers. Needs no GIL.
 */
public final class FileDescriptors {
  private FileDescriptors() {}

  private static final int EINTR = 4;
  private static final int BUFFER_BYTES = 64;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final MethodHandle READ =
      libc(
          "read",
          FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG),
          Linker.Option.captureCallState("errno"));
  private static final MethodHandle WRITE =
      libc("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG));

  /** What {@link #readUntilEnd} hands each batch of bytes it read to. */
  public interface Batches {
    /** Takes the first {@code count} bytes of {@code buffer}. */
    void accept(MemorySegment buffer, long count) throws Throwable;
  }

  /** Reads {@code fd} until its end or an error, handing each batch of bytes to {@code batches}. */
  public static void readUntilEnd(int fd, Batches batches) throws Throwable {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buffer = arena.allocate(BUFFER_BYTES);
      MemorySegment callState = arena.allocate(CALL_STATE);
      while (true) {
        long count = read(fd, buffer, callState);
        if (count <= 0) {
          return;
        }
        batches.accept(buffer, count);
      }
    }
  }

  /**
   * Reads up to {@code buffer.byteSize()} bytes, blocking until some arrive and reading again when
   * a signal interrupts it; returns how many, 0 at end of file, negative on an error.
   */
  private static long read(int fd, MemorySegment buffer, MemorySegment callState) throws Throwable {
    while (true) {
      long count = (long) READ.invokeExact(callState, fd, buffer.address(), buffer.byteSize());
      if (count >= 0 || (int) ERRNO.get(callState, 0L) != EINTR) {
        return count;
      }
    }
  }

  /** Writes the first {@code count} bytes of {@code buffer} once; failures are ignored. */
  public static void writeOnce(int fd, MemorySegment buffer, long count) throws Throwable {
    long ignored = (long) WRITE.invokeExact(fd, buffer.address(), count);
  }

  /** A downcall handle for the C library's {@code name}. */
  public static MethodHandle libc(String name, FunctionDescriptor descriptor, Linker.Option... options) {
    MemorySegment symbol =
        LINKER
            .defaultLookup()
            .find(name)
            .orElseThrow(() -> new IllegalStateException("the C library has no " + name + "()"));
    return LINKER.downcallHandle(symbol, descriptor, options);
  }
}
