package dev.pyjava.examples.wordcount;

/**
 * A needle of at most seven ASCII characters, none an upper-case letter, as the low bytes of a
 * {@code long}: eight bytes of ASCII text loaded little-endian where a candidate word's needle part
 * starts are checked in one compare.
 */
final class ShortNeedle {
  private static final int CASE_BIT = 0x20;

  private final long bytes;
  private final long caseBits;
  private final long needleLanes;
  private final long highBitsOfNeedleAndNext;
  private final int length;

  private ShortNeedle(int[] needle) {
    long packed = 0;
    long fold = 0;
    for (int k = 0; k < needle.length; k++) {
      packed |= (long) needle[k] << (8 * k);
      if (Ascii.isLetter((byte) needle[k])) {
        fold |= (long) CASE_BIT << (8 * k);
      }
    }
    this.bytes = packed;
    this.caseBits = fold;
    this.length = needle.length;
    this.needleLanes = -1L >>> (64 - 8 * length);
    this.highBitsOfNeedleAndNext = Utf8.HIGH_BITS >>> (64 - 8 * (length + 1));
  }

  /**
   * The needle, given as code points, as a short needle; {@code null} when it is longer than
   * seven characters, not ASCII, or has an upper-case letter (which nothing lower-cases to).
   */
  static ShortNeedle of(int[] needle) {
    if (needle.length == 0 || needle.length >= Long.BYTES) {
      return null;
    }
    for (int c : needle) {
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        return null;
      }
    }
    return new ShortNeedle(needle);
  }

  /** Whether the needle's bytes and the one after it in {@code window} are all ASCII. */
  boolean coversAscii(long window) {
    return (window & highBitsOfNeedleAndNext) == 0;
  }

  /**
   * Whether {@code window}, which {@link #coversAscii}, starts with the needle in any case and then
   * goes on with a byte that is not a letter.
   */
  boolean startsWindow(long window) {
    boolean spelled = ((window | caseBits) & needleLanes) == bytes;
    return spelled && !Ascii.isLetter((byte) (window >>> (8 * length)));
  }
}
