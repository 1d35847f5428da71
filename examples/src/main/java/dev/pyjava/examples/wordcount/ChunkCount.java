package dev.pyjava.examples.wordcount;

import dev.pyjava.runtime.Interruption;
import java.lang.foreign.MemorySegment;

/**
 * One way to count a needle's matching words in a run of whole lines that is not yet known to be
 * UTF-8. The result is the count, or, when the run holds an invalid sequence, {@link #failure} of
 * the first one's offset.
 */
interface ChunkCount {
  /**
   * How many bytes a count reads between two checks for Ctrl-C ({@link #checkInterrupt}): a
   * millisecond's work or less.
   */
  long BYTES_PER_CHECK = 1 << 20;

  /**
   * Throws {@code KeyboardInterrupt} when Ctrl-C interrupted the call this count works for;
   * returns the offset to check again at, {@link #BYTES_PER_CHECK} past {@code at}.
   */
  static long checkInterrupt(long at) {
    Interruption.check();
    return at + BYTES_PER_CHECK;
  }

  /**
   * Counts the matching words of {@code text[from, to)}, where {@code from} is 0 or just after a
   * {@code '\n'}, and {@code to} is the end of the text or just after a {@code '\n'}.
   */
  long count(MemorySegment text, long from, long to);

  /** The result that reports an invalid sequence at {@code offset}: always negative. */
  static long failure(long offset) {
    return -1 - offset;
  }

  /** The offset that a negative {@code result} reports. */
  static long failedAt(long result) {
    return -1 - result;
  }
}
