package dev.pyjava.runtime.cpython.ffi;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes native memory by plain address. Pointers travel through pyjava as {@code long}s
 * (the C calling convention treats them alike on every 64-bit platform), so no call allocates a
 * {@link MemorySegment} just to carry one.
 */
public final class NativeMemory {
  private NativeMemory() {}

  /** All of memory, for reads at absolute addresses. */
  public static final MemorySegment EVERYTHING = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

  /** The pointer stored at {@code address}. */
  public static long readPointer(long address) {
    return EVERYTHING.get(JAVA_LONG, address);
  }

  /** The {@code index}th pointer of the array at {@code array}. */
  public static long readPointer(long array, long index) {
    return EVERYTHING.get(JAVA_LONG, array + index * Long.BYTES);
  }

  /** A copy of {@code length} bytes at {@code address}. */
  public static byte[] readBytes(long address, long length) {
    byte[] bytes = new byte[Math.toIntExact(length)];
    MemorySegment.copy(EVERYTHING, JAVA_BYTE, address, bytes, 0, bytes.length);
    return bytes;
  }

  /** The {@code length} bytes at {@code address}, decoded as UTF-8. */
  public static String readUtf8(long address, long length) {
    return new String(readBytes(address, length), StandardCharsets.UTF_8);
  }

  /** The NUL-terminated UTF-8 string at {@code address}, or {@code null} for NULL. */
  public static String readCString(long address) {
    return address == 0 ? null : EVERYTHING.getString(address);
  }

  /** A NUL-terminated UTF-8 copy of {@code text} that lives as long as the process. */
  public static MemorySegment permanentCString(String text) {
    return Arena.global().allocateFrom(text);
  }
}
