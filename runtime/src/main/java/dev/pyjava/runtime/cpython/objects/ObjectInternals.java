package dev.pyjava.runtime.cpython.objects;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonVersion;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes object internals that are not part of CPython's stable ABI, for the per-call
 * fast path, on the one release whose layout pyjava knows (3.11, default build, 64-bit): there
 * reference counts are plain 64-bit counters (no immortal objects yet) and a compact ASCII str
 * keeps its characters right after its {@code PyASCIIObject} header. On any other release {@link
 * #KNOWN} is {@code false} and callers use the C-API instead. All methods need the GIL.
 */
public final class ObjectInternals {
  private ObjectInternals() {}

  /** Whether this libpython has the layout described here. */
  static final boolean KNOWN = isPython311(PythonVersion.running().hex());

  /** {@code PyASCIIObject.length}. */
  private static final long STR_LENGTH = 16;

  /** {@code PyASCIIObject.state}: a bit field, {@code interned:2, kind:3, compact:1, ascii:1}. */
  private static final long STR_STATE = 32;

  private static final int STATE_COMPACT_ASCII = 0b11 << 5;

  /** {@code sizeof(PyASCIIObject)} on 3.11: the characters of a compact ASCII str start here. */
  private static final long ASCII_DATA = 48;

  private static final MemorySegment MEMORY = NativeMemory.EVERYTHING;

  /**
   * Reused to stage a str's characters on their way into a {@code String} (which copies them):
   * guarded by the GIL, like {@link Scratch}, since nothing between filling and copying it can
   * run Python code or let another thread in.
   */
  private static final byte[] ASCII_SCRATCH = new byte[1024];

  /** {@code Py_INCREF(o)}: in Java where the layout is known, else through the C-API. */
  public static void incRef(long o) {
    if (KNOWN) {
      MEMORY.set(JAVA_LONG, o + Layouts.OB_REFCNT, MEMORY.get(JAVA_LONG, o + Layouts.OB_REFCNT) + 1);
    } else {
      ObjectApi.Py_IncRef(o);
    }
  }

  /**
   * The text of a str when it is compact ASCII (most exact strs are; subclass instances never
   * are), read straight from the object; {@code null} when it is not, or the layout is unknown.
   */
  public static String asciiText(long str) {
    if (!KNOWN || (MEMORY.get(JAVA_INT, str + STR_STATE) & STATE_COMPACT_ASCII) != STATE_COMPACT_ASCII) {
      return null;
    }
    int length = Math.toIntExact(MEMORY.get(JAVA_LONG, str + STR_LENGTH));
    byte[] ascii = length <= ASCII_SCRATCH.length ? ASCII_SCRATCH : new byte[length];
    MemorySegment.copy(MEMORY, JAVA_BYTE, str + ASCII_DATA, ascii, 0, length);
    return new String(ascii, 0, length, StandardCharsets.ISO_8859_1);
  }

  /** {@code PY_VERSION_HEX} is {@code 0x030B....} for every 3.11 release. */
  private static boolean isPython311(long versionHex) {
    return (versionHex >>> 16) == 0x030B;
  }
}
