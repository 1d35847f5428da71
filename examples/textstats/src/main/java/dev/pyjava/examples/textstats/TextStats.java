package dev.pyjava.examples.textstats;

import dev.pyjava.annotations.AllowThreads;
import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.CaseUtils;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

/** String similarity, edit distances and case conversion, from Apache Commons Text. */
@PyModule(name = "textstats._native")
public final class TextStats {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LongestCommonSubsequence SUBSEQUENCE = new LongestCommonSubsequence();

  private TextStats() {}

  /** The Levenshtein distance: how many one-character edits turn {@code left} into {@code right}. */
  @PyFunction
  public static int levenshtein(String left, String right) {
    return LevenshteinDistance.getDefaultInstance().apply(left, right);
  }

  /** The Jaro-Winkler similarity of two strings, from 0.0 (nothing alike) to 1.0 (equal). */
  @PyFunction
  public static double jaroWinkler(String left, String right) {
    return JARO_WINKLER.apply(left, right);
  }

  /** The longest sequence of characters that both strings hold in the same order. */
  @PyFunction
  public static String longestCommonSubsequence(String left, String right) {
    return SUBSEQUENCE.longestCommonSubsequence(left, right).toString();
  }

  /** {@code text} in camel case, split at spaces (and at {@code delimiters}). */
  @PyFunction(signature = "(text, capitalize_first=False, delimiters='')")
  public static String camelCase(String text, boolean capitalizeFirst, String delimiters) {
    return CaseUtils.toCamelCase(text, capitalizeFirst, delimiters.toCharArray());
  }

  /** {@code text} with the characters HTML 4 names escaped ({@code <} as {@code &lt;}, ...). */
  @PyFunction
  public static String escapeHtml(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }

  /** Finds the candidates most like a query, by Jaro-Winkler similarity. */
  @PyClass
  public static final class Matcher {
    private final List<String> candidates;

    /** A matcher over {@code candidates}, kept in order. */
    @PyConstructor
    public Matcher(List<String> candidates) {
      this.candidates = List.copyOf(candidates);
    }

    /** The candidate most like {@code query} (the first of equals), or None without candidates. */
    @PyFunction
    @AllowThreads
    public Optional<String> best(String query) {
      return ranked(query, 1).stream().findFirst();
    }

    /** The {@code limit} candidates most like {@code query}, best first. */
    @PyFunction(signature = "(query, limit=5)")
    @AllowThreads
    public List<String> ranked(String query, int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must be 0 or more, not " + limit);
      }
      return candidates.stream()
          .sorted(Comparator.comparingDouble((String candidate) -> -JARO_WINKLER.apply(query, candidate)))
          .limit(limit)
          .toList();
    }

    /** How many candidates there are. */
    @PyFunction
    public int size() {
      return candidates.size();
    }
  }
}
