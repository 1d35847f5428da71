package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes object internals that are not part of CPython's stable ABI, for the per-call
 * fast path, as the {@link PythonAbi} of the running libpython lays them out: adding a reference,
 * and reading the characters of a compact ASCII str, which follow its {@code PyASCIIObject}
 * header. All methods need the GIL (on a free-threaded build, an attached thread state).
 */
final class ObjectInternals {
  private ObjectInternals() {}

  private static final PythonAbi ABI = PythonAbi.current();
  private static final PythonAbi.ReferenceCounts COUNTS = ABI.referenceCounts();
  private static final long OB_REFCNT = 0;
  private static final long STR_LENGTH = ABI.strLength();
  private static final long STR_STATE = ABI.strState();
  private static final int COMPACT_ASCII = ABI.strCompactAsciiMask();
  private static final long ASCII_DATA = ABI.strAsciiData();

  private static final MemorySegment MEMORY = NativeMemory.EVERYTHING;

  /** {@code Py_INCREF(o)}: in Java where the build's counts are plain enough, else through the C-API. */
  static void incRef(long o) {
    switch (COUNTS) {
      case PLAIN -> MEMORY.set(JAVA_LONG, o + OB_REFCNT, MEMORY.get(JAVA_LONG, o + OB_REFCNT) + 1);
      case IMMORTAL_AWARE -> {
        long count = MEMORY.get(JAVA_LONG, o + OB_REFCNT);
        if ((int) count >= 0) {
          MEMORY.set(JAVA_LONG, o + OB_REFCNT, count + 1);
        }
      }
      case C_API -> CApi.Py_IncRef(o);
    }
  }

  /**
   * The text of a str when it is compact ASCII (most exact strs are; subclass instances never
   * are), read straight from the object; {@code null} when it is not.
   */
  static String asciiText(long str) {
    if ((MEMORY.get(JAVA_INT, str + STR_STATE) & COMPACT_ASCII) != COMPACT_ASCII) {
      return null;
    }
    int length = Math.toIntExact(MEMORY.get(JAVA_LONG, str + STR_LENGTH));
    byte[] ascii = new byte[length];
    MemorySegment.copy(MEMORY, JAVA_BYTE, str + ASCII_DATA, ascii, 0, length);
    return new String(ascii, StandardCharsets.ISO_8859_1);
  }
}
