package dev.pyjava.examples.wordcount;

import java.util.stream.IntStream;

/**
 * The seed's counting rule over UTF-8 bytes, without decoding to {@code String}.
 *
 * <p>Lines split like Rust's {@code str::lines} (on {@code '\n'}, a {@code '\r'} before it
 * dropped); words split on single {@code ' '}. A word matches when, after its leading
 * non-alphabetic characters, its characters lower-cased spell the needle (used as given), followed
 * by the end of the word or a non-alphabetic character. "Alphabetic" is Unicode's Alphabetic
 * property.
 */
public final class WordCounter {
  /** Below this many bytes a parallel count runs on one thread: splitting would cost more. */
  private static final int MIN_PARALLEL_CHUNK = 1 << 16;

  private final int[] needle;

  /** A counter for {@code needle}. */
  public WordCounter(String needle) {
    this.needle = needle.codePoints().toArray();
  }

  /**
   * Counts matches in {@code text} on the calling thread.
   *
   * @throws dev.pyjava.runtime.exceptions.PyUnicodeDecodeError if {@code text} is not UTF-8
   */
  public long countSequential(byte[] text) {
    int error = Utf8.firstError(text, 0, text.length);
    if (error >= 0) {
      throw Utf8.decodeError(text, error);
    }
    return count(text, 0, text.length);
  }

  /**
   * Counts matches in {@code text} on all cores: the text is cut into byte ranges that end at line
   * ends, and each is validated and counted on its own.
   *
   * @throws dev.pyjava.runtime.exceptions.PyUnicodeDecodeError if {@code text} is not UTF-8
   */
  public long countParallel(byte[] text) {
    int[] bounds = chunkBounds(text, Runtime.getRuntime().availableProcessors() * 4);
    int chunks = bounds.length - 1;
    if (chunks == 1) {
      return countSequential(text);
    }
    long[] counts = new long[chunks];
    int[] errors = new int[chunks];
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              errors[c] = Utf8.firstError(text, bounds[c], bounds[c + 1]);
              counts[c] = errors[c] >= 0 ? 0 : count(text, bounds[c], bounds[c + 1]);
            });
    long total = 0;
    for (int c = 0; c < chunks; c++) {
      if (errors[c] >= 0) {
        throw Utf8.decodeError(text, errors[c]);
      }
      total += counts[c];
    }
    return total;
  }

  /** Counts matches in one line or run of whole lines, as {@code count_line} does. */
  public long countLine(String line) {
    byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return count(bytes, 0, bytes.length);
  }

  /**
   * Chunk boundaries: {@code 0}, then offsets just after a {@code '\n'}, then {@code text.length}.
   */
  static int[] chunkBounds(byte[] text, int wanted) {
    int parts = Math.max(1, Math.min(wanted, text.length / MIN_PARALLEL_CHUNK));
    int[] bounds = new int[parts + 1];
    int n = 1;
    int step = text.length / parts;
    for (int p = 1; p < parts; p++) {
      int at = Math.max(p * step, bounds[n - 1]);
      while (at < text.length && text[at - 1] != '\n') {
        at++;
      }
      if (at < text.length && at > bounds[n - 1]) {
        bounds[n++] = at;
      }
    }
    bounds[n++] = text.length;
    return java.util.Arrays.copyOf(bounds, n);
  }

  /**
   * Counts the matching words of valid UTF-8 {@code text[from, to)}, where {@code from} is 0 or
   * just after a {@code '\n'}, and {@code to} is the end of the text or just after a {@code '\n'}.
   */
  long count(byte[] text, int from, int to) {
    long total = 0;
    int wordStart = from;
    for (int i = from; i < to; i++) {
      byte b = text[i];
      if (b == ' ') {
        total += matches(text, wordStart, i) ? 1 : 0;
        wordStart = i + 1;
      } else if (b == '\n') {
        int end = i > wordStart && text[i - 1] == '\r' ? i - 1 : i;
        total += matches(text, wordStart, end) ? 1 : 0;
        wordStart = i + 1;
      }
    }
    // The last line has no '\n' after it: its last word still counts, even when empty.
    if (to > from && text[to - 1] != '\n') {
      total += matches(text, wordStart, to) ? 1 : 0;
    }
    return total;
  }

  /** Whether the word {@code text[start, end)} matches the needle. */
  private boolean matches(byte[] text, int start, int end) {
    int i = start;
    while (i < end) {
      byte b = text[i];
      if (b >= 0 ? isAsciiLetter(b) : Character.isAlphabetic(Utf8.codePointAt(text, i))) {
        break;
      }
      i += Utf8.sequenceLength(b);
    }
    for (int want : needle) {
      if (i >= end) {
        return false;
      }
      byte b = text[i];
      int lower;
      if (b >= 0) {
        lower = b >= 'A' && b <= 'Z' ? b | 0x20 : b;
        i++;
      } else {
        lower = Character.toLowerCase(Utf8.codePointAt(text, i));
        i += Utf8.sequenceLength(b);
      }
      if (lower != want) {
        return false;
      }
    }
    if (i >= end) {
      return true;
    }
    byte b = text[i];
    return b >= 0 ? !isAsciiLetter(b) : !Character.isAlphabetic(Utf8.codePointAt(text, i));
  }

  private static boolean isAsciiLetter(byte b) {
    int lower = b | 0x20;
    return lower >= 'a' && lower <= 'z';
  }
}
