package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.pyjava.runtime.ModuleRegistry;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.purejava.PureJavaBackend;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Generated modules imported and called from the pure-Java backend, as Python would. */
class PureJavaInterpreterTest {
  private PureJavaBackend backend;
  private long ticket;
  private PyObject module;

  @BeforeEach
  void importGeneratedModule() throws ReflectiveOperationException {
    Compilation compilation =
        compile(
            source(
                "WordCount",
                """
                /** Counts words. */
                @PyModule
                public final class WordCount {
                  /** Describes a search. */
                  @PyFunction(signature = "(path, search, /, *, limit=10, label=None)")
                  @AllowThreads
                  public static String search(
                      String path, String search, int limit, Optional<String> label) {
                    return path + "|" + search + "|" + limit + "|" + label.orElse("-");
                  }

                  @PyFunction
                  public static long total(List<Long> counts) {
                    return counts.stream().mapToLong(Long::longValue).sum();
                  }

                  @PyFunction
                  public static void fail(String message) {
                    throw new IllegalArgumentException(message);
                  }
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
    ModuleProvider provider =
        new CompiledClassLoader(compilation)
            .newInstance("test.WordCount_PyModule", ModuleProvider.class);
    backend = new PureJavaBackend(ModuleRegistry.load(List.of(provider)));
    ticket = backend.lock().acquire();
    module = backend.importModule("word_count");
  }

  @AfterEach
  void releaseLock() {
    backend.lock().release(ticket);
  }

  @Test
  void positionalArgumentsAndDefaults() {
    assertEquals("a.txt|x|10|-", module.getAttr("search").call("a.txt", "x").str());
  }

  @Test
  void keywordOnlyArguments() {
    PyObject result =
        module.getAttr("search").call(List.of("a.txt", "x"), Map.of("limit", 3, "label", "L"));
    assertEquals("a.txt|x|3|L", result.str());
  }

  @Test
  void positionalOnlyParametersRejectKeywords() {
    PyObject search = module.getAttr("search");
    PyTypeError error =
        assertThrows(
            PyTypeError.class, () -> search.call(List.of("a.txt"), Map.of("search", "x")));
    assertTrue(error.getMessage().contains("search"), error.getMessage());
  }

  @Test
  void containersConvert() {
    assertEquals("6", module.getAttr("total").call(List.of(1, 2, 3)).repr());
  }

  @Test
  void javaExceptionsBecomePythonExceptions() {
    PyException error =
        assertThrows(PyException.class, () -> module.getAttr("fail").call("bad input"));
    assertTrue(error.getMessage().contains("bad input"), error.getMessage());
  }

  @Test
  void docstringsReachPython() {
    assertEquals("Describes a search.", module.getAttr("search").getAttr("__doc__").str());
  }
}
