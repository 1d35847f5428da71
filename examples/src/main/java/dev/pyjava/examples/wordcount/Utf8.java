package dev.pyjava.examples.wordcount;

import dev.pyjava.runtime.exceptions.PyUnicodeDecodeError;

/** UTF-8 validation that reports the first bad sequence exactly as Python's decoder does. */
final class Utf8 {
  private Utf8() {}

  /** The length of the sequence that starts with a valid lead byte {@code lead}. */
  static int sequenceLength(byte lead) {
    int b = lead & 0xFF;
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  }

  /** The code point at {@code i} of valid UTF-8. */
  static int codePointAt(byte[] text, int i) {
    int b = text[i] & 0xFF;
    if (b < 0x80) {
      return b;
    }
    if (b < 0xE0) {
      return ((b & 0x1F) << 6) | (text[i + 1] & 0x3F);
    }
    if (b < 0xF0) {
      return ((b & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
    }
    return ((b & 0x07) << 18)
        | ((text[i + 1] & 0x3F) << 12)
        | ((text[i + 2] & 0x3F) << 6)
        | (text[i + 3] & 0x3F);
  }

  /**
   * The offset of the first invalid sequence in {@code text[from, to)}, or -1 when it is all
   * valid. {@code to} must be the end of the text or just after a {@code '\n'}.
   */
  static int firstError(byte[] text, int from, int to) {
    int i = from;
    while (i < to) {
      if (text[i] >= 0) {
        i++;
        continue;
      }
      int valid = validPrefix(text, i, to);
      if (valid != sequenceLength(text[i]) || (text[i] & 0xFF) < 0xC2 || (text[i] & 0xFF) > 0xF4) {
        return i;
      }
      i += valid;
    }
    return -1;
  }

  /**
   * The error Python raises for the invalid sequence at {@code start}, which {@link #firstError}
   * found.
   */
  static PyUnicodeDecodeError decodeError(byte[] text, int start) {
    int lead = text[start] & 0xFF;
    String reason;
    int end;
    if (lead < 0xC2 || lead > 0xF4) {
      reason = "invalid start byte";
      end = start + 1;
    } else {
      int valid = validPrefix(text, start, text.length);
      end = start + valid;
      reason = end == text.length ? "unexpected end of data" : "invalid continuation byte";
    }
    return new PyUnicodeDecodeError("utf-8", text, start, end, reason);
  }

  /**
   * How many bytes from {@code start} form a valid (possibly incomplete) sequence: the lead byte
   * plus the continuation bytes that are allowed after it, stopping at {@code to}.
   */
  private static int validPrefix(byte[] text, int start, int to) {
    int lead = text[start] & 0xFF;
    int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    int n = 1;
    while (n < length && start + n < to) {
      int b = text[start + n] & 0xFF;
      int low = 0x80;
      int high = 0xBF;
      if (n == 1) {
        if (lead == 0xE0) low = 0xA0;
        else if (lead == 0xED) high = 0x9F;
        else if (lead == 0xF0) low = 0x90;
        else if (lead == 0xF4) high = 0x8F;
      }
      if (b < low || b > high) {
        break;
      }
      n++;
    }
    return n;
  }
}
