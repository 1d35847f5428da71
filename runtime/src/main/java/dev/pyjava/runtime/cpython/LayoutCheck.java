package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.PythonRepr;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@link PythonAbi} against live objects of the running interpreter, once at start-up,
 * before any fast path reads an object: each field it reads in Java must give what the C-API
 * says. A build whose layout differs (a patched distribution, a version measured wrongly) is
 * refused with the differences named, instead of corrupting memory later.
 */
final class LayoutCheck {
  private LayoutCheck() {}

  private static final MemorySegment MEMORY = NativeMemory.EVERYTHING;

  private static final String ASCII = "pyjava";

  /**
   * Throws when {@code abi} does not describe the running interpreter. GIL held.
   *
   * @throws IllegalStateException naming each difference
   */
  static void verify(PythonAbi abi) {
    List<String> differences = new ArrayList<>();
    long noneType = MEMORY.get(JAVA_LONG, CApi.NONE + abi.obType());
    if (noneType != CApi.NONE_TYPE) {
      differences.add("None's ob_type is not NoneType");
    }
    long list = PythonErrors.nonNull(CApi.PyList_New(0));
    try {
      if (MEMORY.get(JAVA_LONG, list + abi.obType()) != CApi.LIST_TYPE) {
        differences.add("a list's ob_type is not list");
      }
      if (abi.referenceCounts() != PythonAbi.ReferenceCounts.C_API
          && MEMORY.get(JAVA_LONG, list) != 1) {
        differences.add("a new list's ob_refcnt is not 1");
      }
    } finally {
      CApi.Py_DecRef(list);
    }
    long noneCount = MEMORY.get(JAVA_LONG, CApi.NONE);
    if (abi.referenceCounts() == PythonAbi.ReferenceCounts.IMMORTAL_AWARE && (int) noneCount >= 0) {
      differences.add("None is not immortal");
    }
    if (abi.referenceCounts() == PythonAbi.ReferenceCounts.PLAIN && noneCount <= 0) {
      differences.add("None's ob_refcnt is not a plain count");
    }
    checkStr(abi, ASCII, true, differences);
    checkStr(abi, "pyj\u00e4va", false, differences);
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "pyjava: the objects of " + CApi.origin() + " are not laid out as pyjava expects for CPython "
              + PythonAbi.versionName(abi.versionHex()) + (abi.freeThreaded() ? " free-threaded" : "")
              + ": " + String.join("; ", differences));
    }
  }

  private static void checkStr(PythonAbi abi, String text, boolean ascii, List<String> differences) {
    long str;
    try (Arena arena = Arena.ofConfined()) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      MemorySegment bytes = arena.allocateFrom(JAVA_BYTE, utf8);
      str = PythonErrors.nonNull(CApi.PyUnicode_FromStringAndSize(bytes.address(), utf8.length));
    }
    try {
      if (MEMORY.get(JAVA_LONG, str + abi.strLength()) != text.length()) {
        differences.add("the length of a str is not at " + abi.strLength());
      }
      int state = MEMORY.get(JAVA_INT, str + abi.strState());
      boolean compactAscii = (state & abi.strCompactAsciiMask()) == abi.strCompactAsciiMask();
      if (compactAscii != ascii) {
        differences.add(
            "the state of " + PythonRepr.str(text) + " does not say " + (ascii ? "" : "not ") + "compact ASCII");
      } else if (ascii) {
        byte[] data = new byte[text.length()];
        MemorySegment.copy(MEMORY, JAVA_BYTE, str + abi.strAsciiData(), data, 0, data.length);
        if (!text.equals(new String(data, StandardCharsets.ISO_8859_1))) {
          differences.add("a compact ASCII str's characters are not at " + abi.strAsciiData());
        }
      }
    } finally {
      CApi.Py_DecRef(str);
    }
  }
}
