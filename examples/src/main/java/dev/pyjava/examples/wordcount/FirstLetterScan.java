package dev.pyjava.examples.wordcount;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The fast way to count the usual needles: those that start with a lower-case ASCII letter and
 * are otherwise printable ASCII without spaces.
 *
 * <p>Such a needle can only match where its first letter, in either case, is the first alphabetic
 * character of a word. So the scan looks for that letter eight bytes at a time, drops the ones
 * right after another letter or before what cannot be the needle's second character, and checks
 * each candidate left against the whole rule. The bytes
 * outside ASCII in those eight are validated first, so the text is read once: all at once when
 * they are common sequences (see {@link MultiByteWord}), else one sequence at a time (as is the one
 * non-ASCII form of the first letter, which may start a match).
 */
final class FirstLetterScan implements ChunkCount {
  private static final ValueLayout.OfLong LITTLE_ENDIAN_LONG =
      JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  private final int[] needle;
  private static final long LAST_LANE = 0x80L << 56;

  private final long firstFold;
  private final long firstInEachByte;
  private final long secondFold;
  private final long secondInEachByte;
  private final int nonAsciiFirst;
  private final byte nonAsciiFirstLead;
  private final ShortNeedle shortNeedle;
  private final MultiByteWord multiByteWord;

  /** Counts {@code needle}, given as code points, which must be one that {@link #handles}. */
  FirstLetterScan(int[] needle) {
    if (!handles(needle)) {
      throw new IllegalArgumentException("not a needle for a first-letter scan");
    }
    this.needle = needle;
    this.firstFold = Ascii.foldFor(needle[0]);
    this.firstInEachByte = Ascii.broadcast(needle[0]);
    this.secondFold = needle.length > 1 ? Ascii.foldFor(needle[1]) : 0;
    this.secondInEachByte = needle.length > 1 ? Ascii.broadcast(needle[1]) : 0;
    this.nonAsciiFirst = Ascii.nonAsciiUpperCase(needle[0]);
    this.nonAsciiFirstLead =
        nonAsciiFirst < 0 ? 0 : Character.toString(nonAsciiFirst).getBytes(StandardCharsets.UTF_8)[0];
    this.shortNeedle = ShortNeedle.of(needle);
    this.multiByteWord = new MultiByteWord(nonAsciiFirstLead);
  }

  /** Whether this scan can count {@code needle}. */
  static boolean handles(int[] needle) {
    if (needle.length == 0 || needle[0] < 'a' || needle[0] > 'z') {
      return false;
    }
    for (int c : needle) {
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  @Override
  public long count(MemorySegment text, long from, long to) {
    long total = 0;
    long i = from;
    // All of text[from, i) is valid when carry is 0; else all of text[from, boundary) is, and the
    // sequence at boundary has the continuation bytes still due at i in the high bits of carry.
    long boundary = from;
    long carry = 0;
    long nextCheck = i + ChunkCount.BYTES_PER_CHECK;
    while (i + Long.BYTES <= to) {
      if (i >= nextCheck) {
        nextCheck = ChunkCount.checkInterrupt(i);
      }
      long word = text.get(LITTLE_ENDIAN_LONG, i);
      long nonAscii = word & Utf8.HIGH_BITS;
      long checkedUpTo = i;
      if ((nonAscii | carry) != 0) {
        long carryAfter = multiByteWord.carryAfter(word, carry);
        if (carryAfter == MultiByteWord.NOT_SIMPLE) {
          // One sequence at a time, from the boundary to the last that starts in this word.
          if (carry != 0) {
            checkedUpTo = boundary;
            int length = Utf8.validLength(text, checkedUpTo, to);
            if (length == 0) {
              return ChunkCount.failure(checkedUpTo);
            }
            checkedUpTo += length;
          }
          while (nonAscii != 0) {
            long at = i + (Long.numberOfTrailingZeros(nonAscii) >>> 3);
            nonAscii &= nonAscii - 1;
            if (at >= checkedUpTo) {
              int length = Utf8.validLength(text, at, to);
              if (length == 0) {
                return ChunkCount.failure(at);
              }
              total += isNonAsciiFirst(text, at) && matchesAt(text, from, at, to) ? 1 : 0;
              checkedUpTo = at + length;
            }
          }
          carryAfter = 0;
        } else if (carryAfter != 0) {
          boundary = lastLead(i, word);
        }
        carry = carryAfter;
      }
      long candidates = candidates(word);
      while (candidates != 0) {
        long at = i + (Long.numberOfTrailingZeros(candidates) >>> 3);
        total += matchesAt(text, from, at, to) ? 1 : 0;
        candidates &= candidates - 1;
      }
      i = Math.max(i + Long.BYTES, checkedUpTo);
    }
    if (carry != 0) {
      i = boundary;
    }
    while (i < to) {
      int length = Utf8.validLength(text, i, to);
      if (length == 0) {
        return ChunkCount.failure(i);
      }
      byte b = text.get(JAVA_BYTE, i);
      boolean candidate = b >= 0 ? (b | 0x20) == needle[0] : isNonAsciiFirst(text, i);
      total += candidate && matchesAt(text, from, i, to) ? 1 : 0;
      i += length;
    }
    return total;
  }

  /** The offset of the last lead byte among the eight bytes {@code word} at {@code i}. */
  private static long lastLead(long i, long word) {
    long leads = word & (word << 1) & Utf8.HIGH_BITS;
    return i + ((Long.SIZE - 1 - Long.numberOfLeadingZeros(leads)) >>> 3);
  }

  /**
   * The high bit of each byte of {@code word} where the needle may start: the first letter in
   * either case, not right after another letter, and followed by what may be the needle's second
   * character (any non-ASCII byte may be, and so may the next word's first byte); for a
   * one-letter needle, followed by anything but a letter.
   */
  private long candidates(long word) {
    long letters = Ascii.letters(word);
    long first = Ascii.equalFolded(word, firstFold, firstInEachByte);
    long second =
        (needle.length > 1 ? Ascii.equalFolded(word, secondFold, secondInEachByte) : ~letters)
            | (word & Utf8.HIGH_BITS);
    return first & ~(letters << 8) & ((second >>> 8) | LAST_LANE);
  }

  /** Whether the valid sequence at {@code at} is the one non-ASCII form of the first letter. */
  private boolean isNonAsciiFirst(MemorySegment text, long at) {
    return text.get(JAVA_BYTE, at) == nonAsciiFirstLead && Utf8.codePointAt(text, at) == nonAsciiFirst;
  }

  /**
   * Whether the word around {@code at}, a character that lower-cases to the needle's first letter,
   * matches: all of {@code text[from, to)} before {@code at} is valid.
   */
  private boolean matchesAt(MemorySegment text, long from, long at, long to) {
    if (!startsAfterNonLetters(text, from, at)) {
      return false;
    }
    if (shortNeedle != null && at + Long.BYTES <= to) {
      long window = text.get(LITTLE_ENDIAN_LONG, at);
      if (shortNeedle.coversAscii(window)) {
        return shortNeedle.startsWindow(window);
      }
    }
    return spellsNeedle(text, at, to);
  }

  /** Whether every character between the start of the word and {@code at} is non-alphabetic. */
  private static boolean startsAfterNonLetters(MemorySegment text, long from, long at) {
    long i = at;
    while (i > from) {
      byte b = text.get(JAVA_BYTE, i - 1);
      if (b == ' ' || b == '\n') {
        return true;
      }
      if (b >= 0) {
        if (Ascii.isLetter(b)) {
          return false;
        }
        i--;
      } else {
        long lead = i - 1;
        while (lead > from && (text.get(JAVA_BYTE, lead) & 0xC0) == 0x80) {
          lead--;
        }
        if (Character.isAlphabetic(Utf8.codePointAt(text, lead))) {
          return false;
        }
        i = lead;
      }
    }
    return true;
  }

  /**
   * Whether the needle starts at {@code at} and is followed by the end of the word or a
   * non-alphabetic character. Bytes from {@code at} on may still be invalid: an invalid sequence
   * never matches (the scan then fails the whole run anyway).
   */
  private boolean spellsNeedle(MemorySegment text, long at, long to) {
    long i = at;
    for (int want : needle) {
      if (i >= to) {
        return false;
      }
      byte b = text.get(JAVA_BYTE, i);
      if (b >= 0) {
        if (Ascii.toLowerCase(b) != want) {
          return false;
        }
        i++;
      } else {
        int length = Utf8.validLength(text, i, to);
        if (length == 0 || Character.toLowerCase(Utf8.codePointAt(text, i)) != want) {
          return false;
        }
        i += length;
      }
    }
    if (i >= to) {
      return true;
    }
    byte b = text.get(JAVA_BYTE, i);
    if (b >= 0) {
      return !Ascii.isLetter(b);
    }
    return Utf8.validLength(text, i, to) != 0
        && !Character.isAlphabetic(Utf8.codePointAt(text, i));
  }
}
