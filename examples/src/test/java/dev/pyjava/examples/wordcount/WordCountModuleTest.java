package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code word_count} module called the way Python calls it, on the pure-Java backend. */
class WordCountModuleTest {
  private static final List<String> SEARCHES =
      List.of("search", "search_sequential", "search_sequential_allow_threads");

  @TempDir Path dir;

  static long call(String function, Object... args) {
    return Python.withGil(
        py ->
            py.importModule("word_count")
                .getAttr(function)
                .call(args)
                .cast(PyLong.class)
                .longValue());
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] zen(int copies) throws IOException {
    try (InputStream in = WordCountModuleTest.class.getResourceAsStream("/dev/pyjava/examples/zen.txt")) {
      byte[] one = in.readAllBytes();
      byte[] all = new byte[one.length * copies];
      for (int i = 0; i < copies; i++) {
        System.arraycopy(one, 0, all, i * one.length, one.length);
      }
      return all;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"search", "search_sequential", "search_sequential_allow_threads"})
  void countsTenPerCopyOfTheZen(String function) throws IOException {
    Path file = write("zen.txt", zen(1000));
    assertEquals(10_000, call(function, file.toString(), "is"));
  }

  @Test
  void takesPathAndSearchByKeyword() throws IOException {
    Path file = write("zen.txt", zen(3));
    long count =
        Python.withGil(
            py ->
                py.importModule("word_count")
                    .getAttr("search")
                    .call(List.of(), Map.of("search", "is", "path", file.toString()))
                    .cast(PyLong.class)
                    .longValue());
    assertEquals(30, count);
  }

  @Test
  void everyVariantAgreesOnTrickyText() throws IOException {
    String text = "Is, (is) island this is.\r\nIS\tis\n\nÉTÉ été 1is ٣is is2a\r\n";
    Path file = write("tricky.txt", text.getBytes(StandardCharsets.UTF_8));
    for (String function : SEARCHES) {
      assertEquals(7, call(function, file.toString(), "is"), function);
      assertEquals(0, call(function, file.toString(), "Is"), function);
      assertEquals(2, call(function, file.toString(), "été"), function);
      // Only the empty third line has a word with no letters.
      assertEquals(1, call(function, file.toString(), ""), function);
    }
  }

  @Test
  void emptyFileCountsNothing() throws IOException {
    Path file = write("empty.txt", new byte[0]);
    for (String function : SEARCHES) {
      assertEquals(0, call(function, file.toString(), "is"), function);
      assertEquals(0, call(function, file.toString(), ""), function);
    }
  }

  @Test
  void missingFileRaisesFileNotFoundError() {
    String missing = dir.resolve("missing.txt").toString();
    for (String function : SEARCHES) {
      PyException error = assertThrows(PyException.class, () -> call(function, missing, "is"));
      assertEquals("FileNotFoundError", error.pythonType(), function);
      assertEquals(List.of(2, "No such file or directory", missing), error.pythonArgs(), function);
      assertEquals("[Errno 2] No such file or directory: '" + missing + "'", error.message());
    }
  }

  @Test
  void invalidUtf8RaisesUnicodeDecodeError() throws IOException {
    Path file = write("latin1.txt", "caf\u00e9 is\n".getBytes(StandardCharsets.ISO_8859_1));
    for (String function : SEARCHES) {
      PyException error = assertThrows(PyException.class, () -> call(function, file.toString(), "is"));
      assertEquals("UnicodeDecodeError", error.pythonType(), function);
      assertEquals(
          "'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte",
          error.message());
    }
  }

  @Test
  void wrongArgumentsGetPythonsMessages() {
    PyException missing = assertThrows(PyException.class, () -> call("search", "x"));
    assertEquals("TypeError", missing.pythonType());
    assertEquals("search() missing 1 required positional argument: 'search'", missing.message());
    PyException wrongType = assertThrows(PyException.class, () -> call("search", 1, "is"));
    assertEquals("search() argument 'path' must be str, not int", wrongType.message());
  }

  @Test
  void countLineCountsOneLine() {
    assertEquals(3, call("count_line", "Is, (is) island this is.", "is"));
  }

  @Test
  void docstringsAndSignaturesReachPython() {
    Python.withGil(
        py -> {
          var module = py.importModule("word_count");
          assertTrue(module.getAttr("__doc__").str().startsWith("Counts the occurrences of a word"));
          var search = module.getAttr("search");
          assertEquals("($module, path, search)", search.getAttr("__text_signature__").str());
          assertEquals(
              "Counts search in the file at path on all cores, with the GIL released.",
              search.getAttr("__doc__").str());
          return null;
        });
  }

  @Test
  void aCorpusCountsAsSearchDoesAndRefusesOnceClosed() throws IOException {
    Path file = write("zen.txt", zen(100));
    Python.withGil(
        py -> {
          PyObject corpus =
              py.importModule("word_count").getAttr("Corpus").call(file.toString());
          assertEquals(1_000, corpus.getAttr("count").call("is").cast(PyLong.class).longValue());
          assertEquals(
              "[1000, 0]", corpus.getAttr("count_many").call(List.of("is", "zzz")).repr());
          corpus.getAttr("close").call();
          assertTrue(corpus.getAttr("closed").isTrue());
          PyException closed =
              assertThrows(PyException.class, () -> corpus.getAttr("count").call("is"));
          assertEquals("ValueError", closed.pythonType());
          return null;
        });
  }
}
