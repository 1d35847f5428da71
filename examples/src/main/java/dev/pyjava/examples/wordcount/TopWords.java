package dev.pyjava.examples.wordcount;

import dev.pyjava.runtime.exceptions.PyValueError;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The most frequent words of a UTF-8 file, where a word is a run of letters and each word counts
 * as what a key function makes of it (as {@code sorted}'s {@code key} does for ordering).
 */
final class TopWords {
  private TopWords() {}

  /**
   * The {@code n} most frequent words of the file at {@code path}, each counted as {@code
   * key.apply(word)}, most frequent first (ties in alphabetical order). {@code key} is called
   * once per distinct word, on this thread.
   *
   * @throws PyValueError if {@code n} is negative
   */
  static Map<String, Long> of(String path, int n, Function<String, String> key)
      throws IOException {
    if (n < 0) {
      throw new PyValueError("n must be >= 0, not " + n);
    }
    Map<String, Long> words;
    try (TextFile text = TextFile.open(path, false)) {
      words = text.read(TopWords::countWords);
    }
    Map<String, Long> keyed = new HashMap<>();
    words.forEach((word, count) -> keyed.merge(key.apply(word), count, Long::sum));
    Map<String, Long> top = new LinkedHashMap<>();
    keyed.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.<String, Long>comparingByKey()))
        .limit(n)
        .forEachOrdered(entry -> top.put(entry.getKey(), entry.getValue()));
    return top;
  }

  /** How often each run of letters occurs in {@code bytes}, decoded as UTF-8. */
  private static Map<String, Long> countWords(MemorySegment bytes) {
    String text = new String(bytes.toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
    Map<String, Long> counts = new HashMap<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      counts.merge(text.substring(start, i), 1L, Long::sum);
    }
    return counts;
  }
}
