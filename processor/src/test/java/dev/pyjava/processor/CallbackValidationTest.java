package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Java functional interfaces as parameters that take Python callables, and what is rejected. */
class CallbackValidationTest {
  private static final String IMPORTS =
      """
      import java.util.concurrent.Callable;
      import java.util.function.*;

      """;

  private static JavaFileObject module(String body) {
    return source("Module", IMPORTS + "@PyModule\npublic class Module {\n" + body + "}\n");
  }

  @Test
  void everyInterfaceWithConvertibleTypeArgumentsIsAccepted() {
    JavaFileObject file =
        module(
            """
              @PyFunction
              @AllowThreads
              public static void all(
                  Function<String, Double> function,
                  BiFunction<String, Long, List<String>> biFunction,
                  Supplier<Optional<String>> supplier,
                  Consumer<Map<String, Long>> consumer,
                  BiConsumer<String, byte[]> biConsumer,
                  Predicate<String> predicate,
                  UnaryOperator<Integer> unaryOperator,
                  Runnable runnable,
                  Callable<Void> callable,
                  Optional<Function<String, String>> key,
                  List<Supplier<Long>> suppliers) {}

              @PyFunction
              public static void objects(Function<PyObject, PyObject> f, PyCallable g) {}
            """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void aRawInterfaceIsRejected() {
    JavaFileObject file =
        module(
            """
              @PyFunction
              @SuppressWarnings("rawtypes")
              public static void raw(Function f, List<Consumer> each) {}
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[CallbackRaw] Function is a raw type: give its type arguments, as in"
                + " Function<String, Double>; pyjava converts the Python callable's arguments and"
                + " result by them")
        .inFile(file)
        .onLineContaining("Function f");
    assertThat(compilation)
        .hadErrorContaining("[CallbackRaw] Consumer is a raw type")
        .inFile(file)
        .onLineContaining("List<Consumer> each");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aWildcardIsRejected() {
    JavaFileObject file =
        module(
            """
              @PyFunction
              public static void wild(Function<? super String, Double> f) {}
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[CallbackWildcard] java.util.function.Function<? super java.lang.String,"
                + "java.lang.Double> has a wildcard type argument: use exact types, as in"
                + " Function<String, Double>")
        .inFile(file)
        .onLineContaining("Function<? super String, Double> f");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aTypeArgumentThatDoesNotConvertIsRejected() {
    JavaFileObject file =
        module(
            """
              @PyFunction
              public static void threads(Function<Thread, String> f, Consumer<Runnable> g) {}
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[CallbackTypeArgumentUnsupported] java.util.function.Function<java.lang.Thread,"
                + "java.lang.String> has a type argument pyjava cannot convert")
        .inFile(file)
        .onLineContaining("Function<Thread, String> f");
    assertThat(compilation)
        .hadErrorContaining("[CallbackTypeArgumentUnsupported] java.util.function.Consumer")
        .inFile(file)
        .onLineContaining("Consumer<Runnable> g");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aCallbackCannotBeReturned() {
    JavaFileObject file =
        module(
            """
              @PyFunction
              public static Supplier<String> make() {
                return () -> "";
              }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[CallbackResult] cannot return java.util.function.Supplier<java.lang.String>: a Java"
                + " functional interface is a parameter type, which takes a Python callable")
        .inFile(file)
        .onLineContaining("make()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aPyCallableAndACallbackOfObjectsStayLockBound() {
    JavaFileObject file =
        module(
            """
              @PyFunction
              @AllowThreads
              public static void released(PyCallable f, Function<String, PyObject> g) {}
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("@AllowThreads method cannot take 'f' (PyCallable)")
        .inFile(file)
        .onLineContaining("PyCallable f");
    assertThat(compilation)
        .hadErrorContaining("@AllowThreads method cannot take 'g' (Function<String, PyObject>)")
        .inFile(file)
        .onLineContaining("Function<String, PyObject> g");
    assertThat(compilation).hadErrorCount(2);
  }
}
