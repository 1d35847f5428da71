package dev.pyjava.runtime.cpython;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Per-thread native scratch memory for data handed to a single downcall: no allocation per call.
 *
 * <p>Only use it between filling it and the one downcall that consumes it, with no Java code
 * that could re-enter in between: the same thread may come back here from a nested call.
 */
final class Scratch {
  private static final ThreadLocal<Scratch> CURRENT = ThreadLocal.withInitial(Scratch::new);
  private static final long INITIAL_BYTES = 256;

  private final Arena arena = Arena.ofAuto();
  private final MemorySegment slot = arena.allocate(Long.BYTES, Long.BYTES);
  private MemorySegment buffer = arena.allocate(INITIAL_BYTES, Long.BYTES);

  private Scratch() {}

  /** This thread's scratch memory. */
  static Scratch current() {
    return CURRENT.get();
  }

  /** An 8-byte out-parameter slot. */
  MemorySegment slot() {
    return slot;
  }

  /** A buffer of at least {@code size} bytes; its contents are undefined. */
  MemorySegment buffer(long size) {
    if (size > buffer.byteSize()) {
      buffer = arena.allocate(Math.max(size, buffer.byteSize() * 2), Long.BYTES);
    }
    return buffer;
  }
}
