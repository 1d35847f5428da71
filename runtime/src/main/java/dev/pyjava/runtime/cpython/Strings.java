package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.exceptions.PyMemoryError;
import dev.pyjava.runtime.exceptions.PyUnicodeEncodeError;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Converts text between Java and Python through UTF-8. A Python str arrives exactly, lone
 * surrogates included; a Java string with a lone surrogate cannot become a Python str through
 * UTF-8 and raises {@code UnicodeEncodeError}, as CPython's UTF-8 codec words it.
 */
final class Strings {
  private Strings() {}

  private static final ValueLayout.OfChar JAVA_CHAR_LE =
      ValueLayout.JAVA_CHAR_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final int LITTLE_ENDIAN = -1;
  private static final MemorySegment SURROGATEPASS = NativeMemory.permanentCString("surrogatepass");
  private static final MemorySegment UTF_16_LE = NativeMemory.permanentCString("utf-16-le");

  /**
   * A new reference to a Python str holding {@code text}.
   *
   * @throws PyUnicodeEncodeError if {@code text} has a lone surrogate, as CPython's UTF-8 codec
   *     words it
   */
  static long toPython(String text) {
    int bad = loneSurrogateIndex(text);
    if (bad >= 0) {
      int position = text.codePointCount(0, bad);
      throw new PyUnicodeEncodeError("utf-8", text, position, position + 1, "surrogates not allowed");
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    MemorySegment buffer = Scratch.buffer(utf8.length);
    MemorySegment.copy(utf8, 0, buffer, JAVA_BYTE, 0, utf8.length);
    // Java's encoder made valid UTF-8 of a text without lone surrogates: the fast call qualifies.
    return PythonErrors.nonNull(FastCApi.PyUnicode_FromValidUtf8(buffer.address(), utf8.length));
  }

  /**
   * A new reference to a Python str holding {@code text} exactly, lone surrogates included (as
   * Python's {@code surrogatepass} error handler makes them): for exception arguments, which must
   * show the text that could not be encoded.
   */
  static long toPythonVerbatim(String text) {
    // Java's UTF-16 encoder would replace lone surrogates: copy the chars as they are.
    long bytes = (long) text.length() * Character.BYTES;
    MemorySegment buffer = Scratch.buffer(bytes);
    MemorySegment.copy(text.toCharArray(), 0, buffer, JAVA_CHAR_LE, 0, text.length());
    // Byte order -1: little-endian, and a leading U+FEFF is text, not a byte order mark.
    MemorySegment byteOrder = Scratch.slot();
    byteOrder.set(ValueLayout.JAVA_INT, 0, LITTLE_ENDIAN);
    return PythonErrors.nonNull(
        CApi.PyUnicode_DecodeUTF16(
            buffer.address(), bytes, SURROGATEPASS.address(), byteOrder.address()));
  }

  /**
   * The exact text of the Python str at {@code str}, lone surrogates included: a Java string can
   * hold every Python str, such as a file name that {@code os.listdir} decoded with {@code
   * surrogateescape}.
   *
   * @throws PyMemoryError if memory is too short to read it
   */
  static String toJava(long str) {
    String ascii = ObjectInternals.asciiText(str);
    if (ascii != null) {
      return ascii;
    }
    MemorySegment size = Scratch.slot();
    long utf8 = CApi.PyUnicode_AsUTF8AndSize(str, size.address());
    if (utf8 != 0) {
      return NativeMemory.readUtf8(utf8, size.get(JAVA_LONG, 0));
    }
    // Only a lone surrogate (or short memory) keeps a str from UTF-8: read its UTF-16 instead.
    CApi.PyErr_Clear();
    String verbatim = toJavaVerbatim(str);
    if (verbatim == null) {
      throw new PyMemoryError("cannot read a str");
    }
    return verbatim;
  }

  /**
   * The exact text of the Python str at {@code str}, lone surrogates included, or {@code null}
   * (with the Python error cleared) if even that fails. For error reporting, which must not fail.
   */
  static String toJavaVerbatim(long str) {
    long bytes = CApi.PyUnicode_AsEncodedString(str, UTF_16_LE.address(), SURROGATEPASS.address());
    if (bytes == 0) {
      CApi.PyErr_Clear();
      return null;
    }
    try {
      long data = CApi.PyBytes_AsString(bytes);
      byte[] utf16 = NativeMemory.readBytes(data, CApi.PyBytes_Size(bytes));
      char[] chars = new char[utf16.length / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) ((utf16[2 * i] & 0xff) | (utf16[2 * i + 1] & 0xff) << 8);
      }
      return new String(chars);
    } finally {
      CApi.Py_DecRef(bytes);
    }
  }

  /** The text of a new reference to a str, which this releases. */
  static String toJavaAndRelease(long newStr) {
    try {
      return toJava(newStr);
    } finally {
      CApi.Py_DecRef(newStr);
    }
  }

  /** The char index of the first lone surrogate in {@code text}, or -1. */
  static int loneSurrogateIndex(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
