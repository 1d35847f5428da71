package dev.pyjava.runtime.files;

import dev.pyjava.runtime.exceptions.PyUnicodeEncodeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A file name's bytes as Python's {@code os.fsencode} makes them: the locale's encoding (which
 * pyjava makes the JVM's {@code native.encoding} when it starts the JVM from Python), with the
 * {@code surrogateescape} error handler, so a name that {@code os.listdir} decoded from bytes
 * that are not in that encoding ({@code '\udce9'} for the byte {@code 0xE9}) gives those bytes
 * back.
 */
final class FileNames {
  private FileNames() {}

  private static final Charset ENCODING = nativeEncoding();

  /**
   * The NUL-terminated bytes of {@code name}.
   *
   * @throws PyUnicodeEncodeError if a character has no bytes in the encoding, as Python raises it
   * @throws PyValueError if the name holds a NUL character, as Python raises it
   */
  static byte[] encode(String name) {
    return encode(name, ENCODING);
  }

  /** The NUL-terminated bytes of {@code name} in {@code encoding}, as {@link #encode(String)}. */
  static byte[] encode(String name, Charset encoding) {
    if (name.indexOf('\0') >= 0) {
      throw new PyValueError("embedded null byte");
    }
    CharsetEncoder encoder = encoding.newEncoder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(name.length() + 1);
    int run = 0;
    for (int i = 0; i <= name.length(); i++) {
      boolean escaped = i < name.length() && isEscapedByte(name, i);
      if (i == name.length() || escaped) {
        bytes.writeBytes(encodeRun(encoder, encoding, name, run, i));
        if (escaped) {
          bytes.write(name.charAt(i) - 0xDC00);
        }
        run = i + 1;
      }
    }
    bytes.write(0);
    return bytes.toByteArray();
  }

  /**
   * Whether {@code name.charAt(i)} is a lone low surrogate that {@code surrogateescape} made of a
   * byte {@code 0x80..0xFF} (not the second half of a pair).
   */
  private static boolean isEscapedByte(String name, int i) {
    char c = name.charAt(i);
    return c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1)));
  }

  private static byte[] encodeRun(
      CharsetEncoder encoder, Charset encoding, String name, int from, int to) {
    try {
      ByteBuffer encoded = encoder.reset().encode(CharBuffer.wrap(name, from, to));
      byte[] out = new byte[encoded.remaining()];
      encoded.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw unencodable(encoding, name, from, to);
    }
  }

  /** Python's error for the first characters of {@code name[from, to)} that cannot be encoded. */
  private static PyUnicodeEncodeError unencodable(
      Charset encoding, String name, int from, int to) {
    int bad = from;
    while (canEncode(encoding, name, bad)) {
      bad = name.offsetByCodePoints(bad, 1);
    }
    int end = bad;
    while (end < to && !canEncode(encoding, name, end)) {
      end = name.offsetByCodePoints(end, 1);
    }
    boolean utf8 = encoding.equals(StandardCharsets.UTF_8);
    return new PyUnicodeEncodeError(
        utf8 ? "utf-8" : encoding.name().toLowerCase(Locale.ROOT),
        name,
        name.codePointCount(0, bad),
        name.codePointCount(0, end),
        utf8 ? "surrogates not allowed" : "not in the file system encoding");
  }

  private static boolean canEncode(Charset encoding, String name, int at) {
    return encoding.newEncoder().canEncode(name.substring(at, name.offsetByCodePoints(at, 1)));
  }

  private static Charset nativeEncoding() {
    try {
      return Charset.forName(System.getProperty("native.encoding", "UTF-8"));
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }
}
