package dev.pyjava.examples.wordcount;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;

/**
 * The counting rule for any needle: validate the run, then split it into words and compare each
 * one. {@link FirstLetterScan} is the faster way for the usual needles.
 */
final class WordByWordCount implements ChunkCount {
  private final int[] needle;

  /** Counts {@code needle}, given as code points. */
  WordByWordCount(int[] needle) {
    this.needle = needle;
  }

  @Override
  public long count(MemorySegment text, long from, long to) {
    long error = Utf8.firstError(text, from, to);
    return error >= 0 ? ChunkCount.failure(error) : countValid(text, from, to);
  }

  /** Counts the matching words of valid UTF-8 {@code text[from, to)}, a run of whole lines. */
  long countValid(MemorySegment text, long from, long to) {
    long total = 0;
    long wordStart = from;
    long nextCheck = from + ChunkCount.BYTES_PER_CHECK;
    for (long i = from; i < to; i++) {
      if (i >= nextCheck) {
        nextCheck = ChunkCount.checkInterrupt(i);
      }
      byte b = text.get(JAVA_BYTE, i);
      if (b == ' ') {
        total += matches(text, wordStart, i) ? 1 : 0;
        wordStart = i + 1;
      } else if (b == '\n') {
        long end = i > wordStart && text.get(JAVA_BYTE, i - 1) == '\r' ? i - 1 : i;
        total += matches(text, wordStart, end) ? 1 : 0;
        wordStart = i + 1;
      }
    }
    // The last line has no '\n' after it: its last word still counts, even when empty.
    if (to > from && text.get(JAVA_BYTE, to - 1) != '\n') {
      total += matches(text, wordStart, to) ? 1 : 0;
    }
    return total;
  }

  /** Whether the word {@code text[start, end)} matches the needle. */
  private boolean matches(MemorySegment text, long start, long end) {
    long i = start;
    while (i < end) {
      byte b = text.get(JAVA_BYTE, i);
      if (b >= 0 ? Ascii.isLetter(b) : Character.isAlphabetic(Utf8.codePointAt(text, i))) {
        break;
      }
      i += Utf8.sequenceLength(b);
    }
    for (int want : needle) {
      if (i >= end) {
        return false;
      }
      byte b = text.get(JAVA_BYTE, i);
      int lower = b >= 0 ? Ascii.toLowerCase(b) : Character.toLowerCase(Utf8.codePointAt(text, i));
      if (lower != want) {
        return false;
      }
      i += Utf8.sequenceLength(b);
    }
    if (i >= end) {
      return true;
    }
    byte b = text.get(JAVA_BYTE, i);
    return b >= 0 ? !Ascii.isLetter(b) : !Character.isAlphabetic(Utf8.codePointAt(text, i));
  }
}
