package dev.pyjava.examples.wordcount;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.pyjava.runtime.Interruption;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The seed's counting rule over UTF-8 bytes, without decoding to {@code String}.
 *
 * <p>Lines split like Rust's {@code str::lines} (on {@code '\n'}, a {@code '\r'} before it
 * dropped); words split on single {@code ' '}. A word matches when, after its leading
 * non-alphabetic characters, its characters lower-cased spell the needle (used as given), followed
 * by the end of the word or a non-alphabetic character. "Alphabetic" is Unicode's Alphabetic
 * property.
 *
 * <p>The text is validated while it is counted; invalid UTF-8 raises the error Python's decoder
 * raises for its first bad sequence.
 */
public final class WordCounter {
  /** Below this many bytes a parallel count runs on one thread: splitting would cost more. */
  private static final int MIN_PARALLEL_CHUNK = 1 << 16;

  private static volatile WordCounter lastMade;

  private final String needle;
  private final ChunkCount chunkCount;

  /** A counter for {@code needle}. */
  public WordCounter(String needle) {
    this.needle = needle;
    int[] codePoints = needle.codePoints().toArray();
    this.chunkCount =
        FirstLetterScan.handles(codePoints)
            ? new FirstLetterScan(codePoints)
            : new WordByWordCount(codePoints);
  }

  /**
   * A counter for {@code needle}: the one made last when it was for the same needle (counters
   * are immutable, so threads may share one), else a new one. Callers that count the same word
   * over and over, as {@code count_line} callers do, then pay for the set-up once.
   */
  public static WordCounter of(String needle) {
    WordCounter last = lastMade;
    if (last != null && last.needle.equals(needle)) {
      return last;
    }
    WordCounter made = new WordCounter(needle);
    lastMade = made;
    return made;
  }

  /**
   * Counts matches in {@code text} on the calling thread.
   *
   * @throws dev.pyjava.runtime.exceptions.PyUnicodeDecodeError if {@code text} is not UTF-8
   */
  public long countSequential(byte[] text) {
    return countSequential(MemorySegment.ofArray(text));
  }

  /**
   * Counts matches in {@code text} on the calling thread.
   *
   * @throws dev.pyjava.runtime.exceptions.PyUnicodeDecodeError if {@code text} is not UTF-8
   */
  public long countSequential(MemorySegment text) {
    return orFail(text, chunkCount.count(text, 0, text.byteSize()));
  }

  /**
   * Counts matches in {@code text} on all cores.
   *
   * @throws dev.pyjava.runtime.exceptions.PyUnicodeDecodeError if {@code text} is not UTF-8
   */
  public long countParallel(byte[] text) {
    return countParallel(MemorySegment.ofArray(text));
  }

  /**
   * Counts matches in {@code text} on all cores: the text is cut into byte ranges that end at line
   * ends, and each is validated and counted on its own. The segment must be readable from any
   * thread. Ctrl-C stops the count on every thread ({@link Interruption}).
   *
   * @throws dev.pyjava.runtime.exceptions.PyUnicodeDecodeError if {@code text} is not UTF-8
   */
  public long countParallel(MemorySegment text) {
    long[] bounds = chunkBounds(text, Runtime.getRuntime().availableProcessors() * 4);
    int chunks = bounds.length - 1;
    if (chunks == 1) {
      return countSequential(text);
    }
    long[] results = new long[chunks];
    Interruption call = Interruption.current();
    IntStream.range(0, chunks)
        .parallel()
        .forEach(c -> call.run(() -> results[c] = chunkCount.count(text, bounds[c], bounds[c + 1])));
    long total = 0;
    for (long result : results) {
      total += orFail(text, result);
    }
    return total;
  }

  /** Counts matches in one line or run of whole lines, as {@code count_line} does. */
  public long countLine(String line) {
    return countSequential(line.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Chunk boundaries: {@code 0}, then offsets just after a {@code '\n'}, then the text's size.
   */
  static long[] chunkBounds(MemorySegment text, int wanted) {
    long size = text.byteSize();
    int parts = (int) Math.max(1, Math.min(wanted, size / MIN_PARALLEL_CHUNK));
    long[] bounds = new long[parts + 1];
    int n = 1;
    long step = size / parts;
    for (int p = 1; p < parts; p++) {
      long at = Math.max(p * step, bounds[n - 1]);
      long nextCheck = at + ChunkCount.BYTES_PER_CHECK;
      while (at < size && text.get(JAVA_BYTE, at - 1) != '\n') {
        at++;
        if (at >= nextCheck) {
          nextCheck = ChunkCount.checkInterrupt(at);
        }
      }
      if (at < size && at > bounds[n - 1]) {
        bounds[n++] = at;
      }
    }
    bounds[n++] = size;
    return Arrays.copyOf(bounds, n);
  }

  /** The count in {@code result}, or the decode error it reports. */
  private static long orFail(MemorySegment text, long result) {
    if (result < 0) {
      throw Utf8.decodeError(text, ChunkCount.failedAt(result));
    }
    return result;
  }
}
