package dev.pyjava.runtime.cpython.ffi;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Native scratch memory for data handed to a single downcall: no allocation per call.
 *
 * <p>Guarded by the GIL: only use it with the GIL held, between filling it and the one downcall
 * that consumes it. Those downcalls (making a str, bytes or int, reading an int or a str's UTF-8)
 * neither release the GIL nor run Python code, so nothing else can use it in between.
 */
public final class Scratch {
  private Scratch() {}

  private static final long INITIAL_BYTES = 256;
  private static final Arena ARENA = Arena.ofAuto();

  /** An 8-byte out-parameter slot. */
  public static final MemorySegment SLOT = ARENA.allocate(Long.BYTES, Long.BYTES);

  private static MemorySegment buffer = ARENA.allocate(INITIAL_BYTES, Long.BYTES);

  /** A buffer of at least {@code size} bytes; its contents are undefined. */
  public static MemorySegment buffer(long size) {
    if (size > buffer.byteSize()) {
      buffer = ARENA.allocate(Math.max(size, buffer.byteSize() * 2), Long.BYTES);
    }
    return buffer;
  }
}
