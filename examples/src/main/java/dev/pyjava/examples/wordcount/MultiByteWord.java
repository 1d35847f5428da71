package dev.pyjava.examples.wordcount;

/**
 * Validates the common multi-byte UTF-8 sequences of eight bytes at once (SWAR), for text such as
 * accented Latin, Greek, Cyrillic and CJK, without a branch per sequence.
 *
 * <p>A word passes when all its non-ASCII sequences are two-byte ones with leads {@code
 * 0xC2..0xDF} or three-byte ones with leads {@code 0xE1..0xEC}, {@code 0xEE} or {@code 0xEF}
 * (whose continuations may be any of {@code 0x80..0xBF}), each lead followed by exactly its
 * continuation bytes. A sequence may end in the next word: its continuations there are carried
 * over. Any other word (four-byte sequences, the leads {@code 0xE0} and {@code 0xED} whose second
 * byte has a narrower range, invalid bytes, or one lead byte the caller wants to look at itself)
 * is left to the exact check.
 */
final class MultiByteWord {
  /** What {@link #carryAfter} returns for a word it cannot vouch for: never a carry. */
  static final long NOT_SIMPLE = -1;

  private static final long LOW_BITS_OF_LEAD = Ascii.broadcast(0xFE);
  private static final long OVERLONG_LEADS = Ascii.broadcast(0xC0);
  private static final long NARROW_THREE_BYTE_LEAD = Ascii.broadcast(0xE0);
  private static final long SURROGATE_LEAD = Ascii.broadcast(0xED);

  private final long excludedLead;

  /** A checker that leaves words holding {@code excludedLead} (a lead byte, or 0 for none) alone. */
  MultiByteWord(byte excludedLead) {
    this.excludedLead = Ascii.broadcast(excludedLead == 0 ? 0xC0 : excludedLead);
  }

  /**
   * Checks {@code word}, eight bytes loaded little-endian that start either on a sequence boundary
   * ({@code carry} 0) or inside a sequence whose continuation bytes still due are the high bits of
   * {@code carry}.
   *
   * @return the high bits of the bytes of the next word that must be continuation bytes (0 when
   *     the word ends on a sequence boundary), or {@link #NOT_SIMPLE}
   */
  long carryAfter(long word, long carry) {
    long high = word & Utf8.HIGH_BITS;
    long bit6 = (word << 1) & Utf8.HIGH_BITS;
    long lead = high & bit6;
    long continuation = high & ~bit6;
    long threeByteLead = lead & (word << 2);
    long unusual =
        (threeByteLead & (word << 3))
            | Ascii.zeroBytes((word & LOW_BITS_OF_LEAD) ^ OVERLONG_LEADS)
            | Ascii.zeroBytes(word ^ NARROW_THREE_BYTE_LEAD)
            | Ascii.zeroBytes(word ^ SURROGATE_LEAD)
            | Ascii.zeroBytes(word ^ excludedLead);
    long expected = carry | (lead << 8) | (threeByteLead << 16);
    if ((unusual | (continuation ^ expected)) != 0) {
      return NOT_SIMPLE;
    }
    return (lead >>> 56) | (threeByteLead >>> 48);
  }
}
