package dev.pyjava.runtime.cpython.ffi.libc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Reading and writing file descriptors Python made (a signal wakeup pipe) for the signal helpers.
 * Needs no GIL.
 */
public final class FileDescriptors {
  private FileDescriptors() {}

  private static final int BUFFER_BYTES = 64;

  /** What {@link #readUntilEnd} hands each batch of bytes it read to. */
  public interface Batches {
    /** Takes the first {@code count} bytes of {@code buffer}. */
    void accept(MemorySegment buffer, long count) throws Throwable;
  }

  /** Reads {@code fd} until its end or an error, handing each batch of bytes to {@code batches}. */
  public static void readUntilEnd(int fd, Batches batches) throws Throwable {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buffer = arena.allocate(BUFFER_BYTES);
      while (true) {
        long count = Libc.read(fd, buffer);
        if (count <= 0) {
          return;
        }
        batches.accept(buffer, count);
      }
    }
  }

  /** Writes the first {@code count} bytes of {@code buffer} once; failures are ignored. */
  public static void writeOnce(int fd, MemorySegment buffer, long count) {
    long ignored = Libc.write(fd, buffer, count);
  }
}
