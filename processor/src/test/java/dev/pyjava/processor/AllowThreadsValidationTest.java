package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** PyO3's {@code Ungil} bound as validation: nothing lock-bound crosses a lock release. */
class AllowThreadsValidationTest {
  @Test
  void allowThreadsMethodTakesNothingLockBound() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              @AllowThreads
              public static long work(
                  Python py,
                  PyStr text,
                  List<Optional<PyObject>> items,
                  List<String> words) {
                return 0;
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[AllowThreadsLockBoundParameter] @AllowThreads method cannot take 'py' (Python):"
                + " Python tokens and objects cannot be used while the interpreter lock is"
                + " released; remove @AllowThreads, take Python, and call py.allowThreads(...)"
                + " around the part that needs no Python objects")
        .inFile(file)
        .onLineContaining("Python py");
    assertThat(compilation)
        .hadErrorContaining("@AllowThreads method cannot take 'text' (PyStr)")
        .inFile(file)
        .onLineContaining("PyStr text");
    assertThat(compilation)
        .hadErrorContaining("@AllowThreads method cannot take 'items' (List<Optional<PyObject>>)")
        .inFile(file)
        .onLineContaining("items");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void allowThreadsMethodReturnsNothingLockBound() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              @AllowThreads
              public static Map<String, PyLong> counts() {
                return Map.of();
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[AllowThreadsLockBoundResult] @AllowThreads method cannot return Map<String, PyLong>:"
                + " Python objects cannot be used while the interpreter lock is released; return"
                + " plain Java values, or remove @AllowThreads, take Python, and call"
                + " py.allowThreads(...) around the part that needs no Python objects")
        .inFile(file)
        .onLineContaining("counts()");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A @PyClass method is held to the functions' rule, on its own lines. */
  @Test
  void allowThreadsClassMethodTakesAndReturnsNothingLockBound() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyClass
              public static final class Box {
                @PyFunction
                @AllowThreads
                public long measure(PyStr text) {
                  return 0;
                }

                @PyFunction
                @AllowThreads
                public static PyObject make() {
                  return null;
                }
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[AllowThreadsLockBoundParameter] @AllowThreads method cannot take 'text' (PyStr)")
        .inFile(file)
        .onLineContaining("PyStr text");
    assertThat(compilation)
        .hadErrorContaining(
            "[AllowThreadsLockBoundResult] @AllowThreads method cannot return PyObject")
        .inFile(file)
        .onLineContaining("make()");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void lockBoundTypesAreFineWithoutAllowThreads() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static PyObject first(Python py, PyList items) {
                return items.get(0);
              }

              @PyFunction
              @AllowThreads
              public static long count(List<String> words, Map<String, Optional<Long>> limits) {
                return words.size();
              }
            }
            """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }
}
