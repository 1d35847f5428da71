package dev.pyjava.examples.wordcount;

import dev.pyjava.annotations.AllowThreads;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.runtime.PyObject;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Counts the occurrences of a word in a UTF-8 file: the PyO3 word-count example, in Java.
 *
 * <p>A word matches when, after its leading non-alphabetic characters, it spells the needle in
 * lower case and is followed by its end or a non-alphabetic character: {@code Is,} and {@code
 * (is)} match {@code is}; {@code island} and {@code this} do not.
 */
@PyModule(classes = Corpus.class)
public final class WordCount {
  private WordCount() {}

  /** Counts {@code search} in the file at {@code path} on all cores, with the GIL released. */
  @PyFunction
  @AllowThreads
  public static long search(String path, String search) throws IOException {
    return TextFile.count(path, true, WordCounter.of(search)::countParallel);
  }

  /** Counts {@code search} in the file at {@code path} on one core, holding the GIL. */
  @PyFunction
  public static long searchSequential(String path, String search) throws IOException {
    return TextFile.count(path, false, WordCounter.of(search)::countSequential);
  }

  /** Counts {@code search} in the file at {@code path} on one core, with the GIL released. */
  @PyFunction
  @AllowThreads
  public static long searchSequentialAllowThreads(String path, String search) throws IOException {
    return TextFile.count(path, false, WordCounter.of(search)::countSequential);
  }

  /**
   * Counts each of {@code needles} (any iterable of str, read lazily) in the file at {@code path},
   * mapped once: an iterator of {@code (needle, count)} tuples, each counted, on all cores, when
   * Python asks for it. The file is released when the iterator is exhausted or freed.
   */
  @PyFunction
  @AllowThreads
  public static Stream<NeedleCount> searchAll(String path, Iterable<String> needles)
      throws IOException {
    Corpus corpus = new Corpus(path);
    return StreamSupport.stream(needles.spliterator(), false)
        .map(needle -> new NeedleCount(needle, corpus.count(needle)))
        .onClose(corpus::close);
  }

  /** Counts {@code search} in one line of text. */
  @PyFunction
  public static long countLine(String line, String search) {
    return WordCounter.of(search).countLine(line);
  }

  /** Does nothing: the cost of a call. */
  @PyFunction
  public static void noop() {}

  /** Does nothing with the GIL released: the cost of a call that lets other threads run. */
  @PyFunction
  @AllowThreads
  public static void noopAllowThreads() {}

  /** Returns its argument: the cost of passing an object in and out. */
  @PyFunction
  public static PyObject ident(PyObject x) {
    return x;
  }

  /**
   * The {@code n} most frequent words of the file at {@code path} and their counts, most frequent
   * first, with the GIL released. A word is a run of letters; {@code key}, a Python callable
   * called once per distinct word, says what each word counts as ({@code key=str.lower} counts
   * {@code The} as {@code the}).
   */
  @PyFunction(signature = "(path, n, *, key=None)")
  @AllowThreads
  public static Map<String, Long> topWords(
      String path, int n, Optional<Function<String, String>> key) throws IOException {
    return TopWords.of(path, n, key.orElse(Function.identity()));
  }
}
