package dev.pyjava.examples.wordcount;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import dev.pyjava.runtime.exceptions.PyUnicodeDecodeError;
import java.lang.foreign.MemorySegment;

/**
 * UTF-8 over a {@link MemorySegment}: decoding, and validation that reports the first bad sequence
 * exactly as Python's decoder does.
 */
final class Utf8 {
  /** The high bit of each of a {@code long}'s eight bytes: any set means a non-ASCII byte. */
  static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private Utf8() {}

  /** The length of the sequence that starts with a valid lead byte {@code lead}. */
  static int sequenceLength(byte lead) {
    int b = lead & 0xFF;
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  }

  /** The code point at {@code i} of valid UTF-8. */
  static int codePointAt(MemorySegment text, long i) {
    int b = text.get(JAVA_BYTE, i) & 0xFF;
    if (b < 0x80) {
      return b;
    }
    if (b < 0xE0) {
      return ((b & 0x1F) << 6) | continuation(text, i + 1);
    }
    if (b < 0xF0) {
      return ((b & 0x0F) << 12) | (continuation(text, i + 1) << 6) | continuation(text, i + 2);
    }
    return ((b & 0x07) << 18)
        | (continuation(text, i + 1) << 12)
        | (continuation(text, i + 2) << 6)
        | continuation(text, i + 3);
  }

  /**
   * The length of the valid sequence at {@code i}, which may not reach past {@code to}; 0 when the
   * bytes at {@code i} are not a valid sequence.
   */
  static int validLength(MemorySegment text, long i, long to) {
    int lead = text.get(JAVA_BYTE, i) & 0xFF;
    if (lead < 0x80) {
      return 1;
    }
    if (lead < 0xC2 || lead > 0xF4 || i + 1 >= to) {
      return 0;
    }
    int second = text.get(JAVA_BYTE, i + 1) & 0xFF;
    if (lead < 0xE0) {
      return isContinuation(second) ? 2 : 0;
    }
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high || i + 2 >= to) {
      return 0;
    }
    if (!isContinuation(text.get(JAVA_BYTE, i + 2) & 0xFF)) {
      return 0;
    }
    if (lead < 0xF0) {
      return 3;
    }
    return i + 3 < to && isContinuation(text.get(JAVA_BYTE, i + 3) & 0xFF) ? 4 : 0;
  }

  /**
   * The offset of the first invalid sequence in {@code text[from, to)}, or -1 when it is all
   * valid. {@code to} must be the end of the text or just after a {@code '\n'}.
   */
  static long firstError(MemorySegment text, long from, long to) {
    long i = from;
    long nextCheck = i + ChunkCount.BYTES_PER_CHECK;
    while (i < to) {
      if (i >= nextCheck) {
        nextCheck = ChunkCount.checkInterrupt(i);
      }
      if (i + Long.BYTES <= to && (text.get(JAVA_LONG_UNALIGNED, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
        continue;
      }
      int valid = validLength(text, i, to);
      if (valid == 0) {
        return i;
      }
      i += valid;
    }
    return -1;
  }

  /**
   * The error Python raises for the invalid sequence at {@code start} of the whole {@code text},
   * which {@link #firstError} or {@link #validLength} found.
   */
  static PyUnicodeDecodeError decodeError(MemorySegment text, long start) {
    byte[] bytes = text.toArray(JAVA_BYTE);
    int at = Math.toIntExact(start);
    int lead = bytes[at] & 0xFF;
    String reason;
    int end;
    if (lead < 0xC2 || lead > 0xF4) {
      reason = "invalid start byte";
      end = at + 1;
    } else {
      end = at + validPrefix(text, at, bytes.length);
      reason = end == bytes.length ? "unexpected end of data" : "invalid continuation byte";
    }
    return new PyUnicodeDecodeError("utf-8", bytes, at, end, reason);
  }

  private static boolean isContinuation(int b) {
    return (b & 0xC0) == 0x80;
  }

  private static int continuation(MemorySegment text, long i) {
    return text.get(JAVA_BYTE, i) & 0x3F;
  }

  /**
   * How many bytes from {@code start} form a valid (possibly incomplete) sequence: the lead byte
   * plus the continuation bytes that are allowed after it, stopping at {@code to}.
   */
  private static int validPrefix(MemorySegment text, long start, long to) {
    int lead = text.get(JAVA_BYTE, start) & 0xFF;
    int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    int n = 1;
    while (n < length && start + n < to) {
      int b = text.get(JAVA_BYTE, start + n) & 0xFF;
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
