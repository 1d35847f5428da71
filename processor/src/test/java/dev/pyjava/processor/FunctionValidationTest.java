package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about {@code @PyFunction} methods, their names and types: one test per message. */
class FunctionValidationTest {
  @Test
  void functionMustBeInAModule() {
    JavaFileObject file =
        source(
            "Plain",
            """
            public class Plain {
              @PyFunction
              public static void orphan() {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[FunctionOutsideModule] @PyFunction method must be in a @PyModule class: annotate"
                + " Plain with @PyModule or move the method into one")
        .inFile(file)
        .onLineContaining("@PyFunction");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void allowThreadsNeedsPyFunction() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @AllowThreads
              public static void helper() {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[AllowThreadsWithoutFunction] @AllowThreads applies only to @PyFunction methods: add"
                + " @PyFunction or remove @AllowThreads")
        .inFile(file)
        .onLineContaining("@AllowThreads");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void functionMustBePublicStatic() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction static void packagePrivate() {}

              @PyFunction public void instance() {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[FunctionNotPublicStatic] @PyFunction method packagePrivate must be public static")
        .inFile(file)
        .onLineContaining("packagePrivate()");
    assertThat(compilation)
        .hadErrorContaining("@PyFunction method instance must be public static")
        .inFile(file)
        .onLineContaining("instance()");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void functionMustNotBeGeneric() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static <T extends CharSequence> String first(String text) {
                return text;
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[FunctionGeneric] @PyFunction method first must not be generic: Python cannot choose"
                + " its type variables; use concrete types")
        .inFile(file)
        .onLineContaining("String first(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void functionNameMustBeAnIdentifier() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction(
                  name = "2fast")
              public static void fast() {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[FunctionNameInvalid] function name '2fast' is not a Python identifier (letters,"
                + " digits and _, not starting with a digit): set @PyFunction(name = ...)")
        .inFile(file)
        .onLineContaining("name = \"2fast\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void functionNameMustNotBeAKeyword() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction(
                  name = "pass")
              public static void skip() {}

              @PyFunction
              public static void lambda() {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[FunctionNameKeyword] function name 'pass' is a Python keyword: set"
                + " @PyFunction(name = ...)")
        .inFile(file)
        .onLineContaining("name = \"pass\"");
    assertThat(compilation)
        .hadErrorContaining("function name 'lambda' is a Python keyword")
        .inFile(file)
        .onLineContaining("lambda()");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void functionNamesAreUniqueInAModule() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction public static void countWords() {}

              @PyFunction(
                  name = "count_words")
              public static void countAll() {}

              @PyFunction public static void count_words() {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[FunctionNameDuplicate] function name 'count_words' is already used by countWords()"
                + " in this module: give one a different @PyFunction(name = ...)")
        .inFile(file)
        .onLineContaining("name = \"count_words\"");
    assertThat(compilation)
        .hadErrorContaining("function name 'count_words' is already used by countWords()")
        .inFile(file)
        .onLineContaining("void count_words()");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void parameterNameMustBeAnIdentifier() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static void f(
                  String price$) {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ParameterNameInvalid] parameter name 'price$' is not a Python identifier (letters,"
                + " digits and _): rename the Java parameter")
        .inFile(file)
        .onLineContaining("String price$");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void parameterNameMustNotBeAKeyword() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static void copy(
                  String from,
                  String to) {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ParameterNameKeyword] parameter name 'from' is a Python keyword: rename the Java"
                + " parameter")
        .inFile(file)
        .onLineContaining("String from");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void parameterNamesMustStayDistinctInSnakeCase() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static void f(
                  int maxCount,
                  int max_count) {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ParameterNameDuplicate] parameter max_count becomes Python parameter 'max_count',"
                + " like an earlier one: rename one of them")
        .inFile(file)
        .onLineContaining("int max_count");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void parameterTypeMustBeSupported() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static void f(
                  Set<List<String>> set,
                  Map<Thread, String> threadKeys,
                  List<?> wildcard,
                  @SuppressWarnings("rawtypes") List raw,
                  char[] letters,
                  List<Python> tokens,
                  int ok,
                  Map<Integer, String> intKeys,
                  char letter,
                  float single,
                  Short small,
                  byte tiny,
                  java.math.BigInteger big) {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ParameterTypeUnsupported] parameter type"
                + " java.util.Set<java.util.List<java.lang.String>> is not supported: use a"
                + " primitive or its box, String, BigInteger, BigDecimal, Path, LocalDate,"
                + " LocalTime, LocalDateTime, Instant, Duration, a primitive array, a java.nio"
                + " buffer (ByteBuffer, DoubleBuffer, ...), Optional<T>, List<T>, Set<T>, Map<K,"
                + " V>, Iterable<T>, Iterator<T>, Stream<T>, a java.util.function interface,"
                + " Object, a dev.pyjava.runtime Py* interface, a @PyClass of the module, or"
                + " Python")
        .inFile(file)
        .onLineContaining("Set<List<String>> set");
    for (String line :
        new String[] {
          "threadKeys", "wildcard", "List raw", "char[] letters", "List<Python> tokens"
        }) {
      assertThat(compilation)
          .hadErrorContaining("[ParameterTypeUnsupported]")
          .inFile(file)
          .onLineContaining(line);
    }
    assertThat(compilation).hadErrorCount(6);
  }

  @Test
  void mapKeysMustBeHashable() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static void f(Map<List<String>, Integer> byWords) {}

              @PyFunction
              public static List<Map<Optional<String>, String>> nested() {
                return null;
              }

              @PyFunction
              public static Map<byte[], String> byBytes() {
                return null;
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MapKeyUnhashable] map key type java.util.List<java.lang.String> (in"
                + " java.util.Map<java.util.List<java.lang.String>,java.lang.Integer>) cannot be a"
                + " dict key: Python dict keys must be hashable, and Java map keys need equality by"
                + " value; use String, a number (not BigDecimal, whose equality sees the scale),"
                + " boolean, char, Path, a java.time type or a @PyClass")
        .inFile(file)
        .onLineContaining("byWords");
    assertThat(compilation)
        .hadErrorContaining("[MapKeyUnhashable] map key type java.util.Optional<java.lang.String>")
        .inFile(file)
        .onLineContaining("nested()");
    assertThat(compilation)
        .hadErrorContaining("[MapKeyUnhashable] map key type byte[]")
        .inFile(file)
        .onLineContaining("byBytes()");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void returnTypeMustBeSupported() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static Thread anything() {
                return null;
              }

              @PyFunction
              public static Python token(Python py) {
                return py;
              }

              public record Node(String name, Optional<Node> next) {}

              @PyFunction
              public static Node recursive() {
                return null;
              }

              record Hidden(int x) {}

              @PyFunction
              public static Hidden notPublic() {
                return null;
              }

              public record Pair(int a, Thread b) {}

              @PyFunction
              public static List<Pair> unsupportedComponent() {
                return null;
              }

              public record Point(int x, int y) {}

              @PyFunction
              public static void recordParameter(Point point) {}

              @PyFunction
              public static List<Point> fine() {
                return null;
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ReturnTypeUnsupported] return type java.lang.Thread is not supported: use void, a"
                + " primitive or its box, String, BigInteger, BigDecimal, Path, LocalDate,"
                + " LocalTime, LocalDateTime, Instant, Duration, a primitive array, Optional<T>,"
                + " List<T>, Set<T>, Map<K, V>, Iterable<T>, Iterator<T>, Stream<T>, a public"
                + " record of these, Object, a dev.pyjava.runtime Py* interface or a @PyClass of"
                + " the module")
        .inFile(file)
        .onLineContaining("Thread anything()");
    assertThat(compilation)
        .hadErrorContaining("return type dev.pyjava.runtime.Python is not supported")
        .inFile(file)
        .onLineContaining("Python token(");
    for (String line : new String[] {"recursive()", "notPublic()", "unsupportedComponent()"}) {
      assertThat(compilation)
          .hadErrorContaining("[ReturnTypeUnsupported]")
          .inFile(file)
          .onLineContaining(line);
    }
    assertThat(compilation)
        .hadErrorContaining("[ParameterTypeUnsupported] parameter type test.Module.Point")
        .inFile(file)
        .onLineContaining("Point point");
    assertThat(compilation).hadErrorCount(6);
  }
}
