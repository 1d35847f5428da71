package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyAssertionError;
import dev.pyjava.runtime.exceptions.PyFileNotFoundError;
import dev.pyjava.testing.Fallback;
import dev.pyjava.testing.PythonTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code word_count} used from Python source, as a Python user would, in embedded CPython: needs a
 * real interpreter, so it is skipped where none is found.
 */
@PythonTest(fallback = Fallback.SKIP)
class WordCountFromPythonTest {
  @TempDir Path dir;
  private Path zen;

  @BeforeEach
  void writeZen() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/dev/pyjava/examples/zen.txt")) {
      zen = Files.write(dir.resolve("zen.txt"), in.readAllBytes());
    }
  }

  /** Makes the zen file's path the Python variable {@code p}. */
  private void givePath(Python py) {
    py.importModule("__main__").setAttr("p", zen.toString());
  }

  @Test
  void pythonAssertsPassInPython(Python py) {
    givePath(py);
    py.exec(
        """
        import word_count
        assert word_count.search(p, 'is') == 10
        assert word_count.search_sequential(p, 'is') == word_count.search(p, 'is')
        """);
  }

  @Test
  void aWrongPythonAssertIsAJavaFailure(Python py) {
    givePath(py);
    PyAssertionError error =
        assertThrows(
            PyAssertionError.class,
            () -> py.exec("import word_count\nassert word_count.search(p, 'is') == 11, 'not 11'"));
    assertEquals("not 11", error.getMessage());
  }

  @Test
  void evalGivesAPyObjectToInspect(Python py) {
    givePath(py);
    py.exec("import word_count");
    PyObject counts = py.eval("[word_count.search(p, w) for w in ('is', 'better')]");
    assertEquals("list", counts.typeName());
    PyList list = counts.cast(PyList.class);
    assertEquals(2, list.size());
    assertEquals(10, list.get(0).cast(PyLong.class).longValue());
    assertEquals("[10, 8]", counts.repr());
  }

  @Test
  void aMissingFileRaisesFileNotFoundErrorInPython(Python py) {
    py.exec("import word_count");
    assertThrows(PyFileNotFoundError.class, () -> py.eval("word_count.search('/no/such/zen.txt', 'is')"));
  }
}
