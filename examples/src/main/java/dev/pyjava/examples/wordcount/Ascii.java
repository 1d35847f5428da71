package dev.pyjava.examples.wordcount;

/**
 * ASCII letters one byte at a time, and eight at a time in a {@code long} (SWAR: each byte of the
 * {@code long} is one lane).
 */
final class Ascii {
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long LOW_SEVEN_BITS = 0x7F7F_7F7F_7F7F_7F7FL;
  private static final long CASE_BITS = 0x2020_2020_2020_2020L;
  private static final long TO_A = broadcast(0x80 - 'a');
  private static final long PAST_Z = broadcast(0x80 - 'z' - 1);

  private Ascii() {}

  /** Whether {@code b} is an ASCII letter, the only ASCII characters that are alphabetic. */
  static boolean isLetter(byte b) {
    int lower = b | 0x20;
    return lower >= 'a' && lower <= 'z';
  }

  /** {@code b} lower-cased, for an ASCII byte. */
  static int toLowerCase(byte b) {
    return b >= 'A' && b <= 'Z' ? b | 0x20 : b;
  }

  /**
   * The one non-ASCII code point that {@link Character#toLowerCase(int)} maps to the ASCII letter
   * {@code lowerCase}, or -1: U+0130 (İ) gives {@code i}, U+212A (the Kelvin sign) gives {@code k},
   * and no other non-ASCII code point lower-cases to ASCII.
   */
  static int nonAsciiUpperCase(int lowerCase) {
    return switch (lowerCase) {
      case 'i' -> 0x130;
      case 'k' -> 0x212A;
      default -> -1;
    };
  }

  /** {@code b} in each byte of a {@code long}. */
  static long broadcast(int b) {
    return (b & 0xFF) * ONES;
  }

  /**
   * The high bit of each byte of {@code word} that is 0, and no other bit (exact: no false
   * positives from borrows).
   */
  static long zeroBytes(long word) {
    return ~(((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | word | LOW_SEVEN_BITS);
  }

  /**
   * The bits that make each byte of a {@code long} lower-case if it is an ASCII letter, as {@link
   * #equalFolded} needs for {@code c}: the case bit when {@code c} is a letter, else none.
   */
  static long foldFor(int c) {
    return isLetter((byte) c) ? CASE_BITS : 0;
  }

  /**
   * The high bit of each byte of {@code word} that is the ASCII character {@code c}, in either case
   * when it is a letter: {@code c} comes lower-case in each byte of {@code cInEachByte}, with
   * {@code fold} from {@link #foldFor}.
   */
  static long equalFolded(long word, long fold, long cInEachByte) {
    return zeroBytes((word | fold) ^ cInEachByte);
  }

  /** The high bit of each byte of {@code word} that is an ASCII letter. */
  static long letters(long word) {
    long folded = (word & LOW_SEVEN_BITS) | CASE_BITS;
    return (folded + TO_A) & ~(folded + PAST_Z) & ~word & Utf8.HIGH_BITS;
  }
}
