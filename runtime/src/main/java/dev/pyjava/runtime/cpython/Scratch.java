package dev.pyjava.runtime.cpython;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Native scratch memory for data handed to a single downcall: no allocation per call.
 *
 * <p>Each thread has its own (free-threaded Python runs many calls at once); use it between
 * filling it and the one downcall that consumes it. Those downcalls (making a str, bytes or int,
 * reading an int or a str's UTF-8) never call back into Java, so nothing else on the thread can
 * use it in between.
 */
final class Scratch {
  private static final long INITIAL_BYTES = 256;

  private static final ThreadLocal<Scratch> OF_THREAD = ThreadLocal.withInitial(Scratch::new);

  private final Arena arena = Arena.ofAuto();
  private final MemorySegment slot = arena.allocate(Long.BYTES, Long.BYTES);
  private MemorySegment buffer = arena.allocate(INITIAL_BYTES, Long.BYTES);

  private Scratch() {}

  /** The current thread's 8-byte out-parameter slot. */
  static MemorySegment slot() {
    return OF_THREAD.get().slot;
  }

  /** A buffer of the current thread of at least {@code size} bytes; its contents are undefined. */
  static MemorySegment buffer(long size) {
    Scratch scratch = OF_THREAD.get();
    if (size > scratch.buffer.byteSize()) {
      scratch.buffer = scratch.arena.allocate(Math.max(size, scratch.buffer.byteSize() * 2), Long.BYTES);
    }
    return scratch.buffer;
  }
}
