package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code Iterator<T>}, {@code Iterable<T>} and {@code Stream<T>}: accepted as whole parameters and
 * results (on {@code @AllowThreads} methods too), rejected inside another type, and generated as
 * the runtime's lazy type specs.
 */
class IterationTypesTest {
  @Test
  void lazyTypesAreParametersAndResultsOfTheirOwnSpecs() throws Throwable {
    Compilation compilation =
        compile(
            source(
                "Lazy",
                """
                @PyModule
                public final class Lazy {
                  private Lazy() {}

                  @PyFunction
                  @AllowThreads
                  public static Iterator<Long> doubled(Iterator<Long> values) {
                    List<Long> out = new ArrayList<>();
                    values.forEachRemaining(v -> out.add(2 * v));
                    return out.iterator();
                  }

                  @PyFunction
                  @AllowThreads
                  public static java.util.stream.Stream<String> words(
                      Iterable<String> lines, java.util.stream.Stream<Optional<String>> extra) {
                    return java.util.stream.Stream.concat(
                        java.util.stream.StreamSupport.stream(lines.spliterator(), false),
                        extra.flatMap(Optional::stream));
                  }

                  @PyFunction
                  public static Iterable<List<String>> rows(Iterator<PyObject> objects) {
                    return List.of();
                  }
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
    ModuleDef module =
        new CompiledClassLoader(compilation)
            .newInstance("test.Lazy_PyModule", ModuleProvider.class)
            .module();

    FunctionDef doubled = module.function("doubled");
    assertEquals(TypeSpec.iterator(TypeSpec.BOXED_LONG), doubled.parameters().get(0).type());
    assertEquals(TypeSpec.iterator(TypeSpec.BOXED_LONG), doubled.result());
    Iterator<?> twice =
        (Iterator<?>) doubled.invoker().invoke(null, new Object[] {List.of(1L, 2L).iterator()});
    assertEquals(List.of(2L, 4L), List.of(twice.next(), twice.next()));

    FunctionDef words = module.function("words");
    assertEquals(TypeSpec.iterable(TypeSpec.STRING), words.parameters().get(0).type());
    assertEquals(
        TypeSpec.stream(TypeSpec.optional(TypeSpec.STRING)), words.parameters().get(1).type());
    assertEquals(TypeSpec.stream(TypeSpec.STRING), words.result());
    Stream<?> all =
        (Stream<?>)
            words
                .invoker()
                .invoke(
                    null,
                    new Object[] {
                      List.of("a", "b"), Stream.of(Optional.of("c"), Optional.empty())
                    });
    assertEquals(List.of("a", "b", "c"), all.toList());

    FunctionDef rows = module.function("rows");
    assertEquals(
        TypeSpec.iterator(TypeSpec.object(PyObject.class)), rows.parameters().get(0).type());
    assertEquals(TypeSpec.iterable(TypeSpec.list(TypeSpec.STRING)), rows.result());
  }

  @Test
  void aLazyTypeInsideAnotherIsRejected() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static long inList(List<Iterator<String>> lists) { return 0; }

              @PyFunction
              public static Optional<java.util.stream.Stream<Long>> inOptional() { return null; }

              @PyFunction
              public static long inMap(Map<String, Iterable<String>> byName) { return 0; }

              @PyFunction
              public static Iterator<Iterator<String>> inIterator() { return null; }

              @PyClass
              public static final class Holder {
                @PyGetter
                public List<java.util.stream.Stream<String>> getStreams() { return null; }
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[LazyTypeNested] List<Iterator<String>> holds an Iterator, Iterable or Stream, which"
                + " converts only as a whole parameter or result (a lazy Python iterator): use"
                + " List<T> inside, or take or return the iterator by itself")
        .inFile(file)
        .onLineContaining("lists");
    assertThat(compilation)
        .hadErrorContaining("[LazyTypeNested] Optional<Stream<Long>> holds")
        .inFile(file)
        .onLineContaining("inOptional");
    assertThat(compilation)
        .hadErrorContaining("[LazyTypeNested] Map<String, Iterable<String>> holds")
        .inFile(file)
        .onLineContaining("byName");
    assertThat(compilation)
        .hadErrorContaining("[LazyTypeNested] Iterator<Iterator<String>> holds")
        .inFile(file)
        .onLineContaining("inIterator");
    assertThat(compilation)
        .hadErrorContaining("[LazyTypeNested] List<Stream<String>> holds")
        .inFile(file)
        .onLineContaining("getStreams");
    assertThat(compilation).hadErrorCount(5);
  }

  @Test
  void rawWildcardAndUnsupportedElementsAreUnsupportedTypes() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              @SuppressWarnings("rawtypes")
              public static long raw(Iterator values) { return 0; }

              @PyFunction
              public static long wildcard(Iterable<? extends Number> numbers) { return 0; }

              @PyFunction
              public static long things(java.util.stream.Stream<Thread> threads) { return 0; }

              @PyFunction
              public static Iterator<Thread> workers() { return null; }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[ParameterTypeUnsupported] parameter type java.util.Iterator is not")
        .inFile(file)
        .onLineContaining("values");
    assertThat(compilation)
        .hadErrorContaining(
            "[ParameterTypeUnsupported] parameter type java.lang.Iterable<? extends"
                + " java.lang.Number> is not")
        .inFile(file)
        .onLineContaining("numbers");
    assertThat(compilation)
        .hadErrorContaining("[ParameterTypeUnsupported] parameter type java.util.stream.Stream<")
        .inFile(file)
        .onLineContaining("threads");
    assertThat(compilation)
        .hadErrorContaining("[ReturnTypeUnsupported] return type java.util.Iterator<")
        .inFile(file)
        .onLineContaining("workers()");
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void anIteratorOfPythonObjectsIsLockBound() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              @AllowThreads
              public static long count(Iterator<PyObject> objects) { return 0; }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[AllowThreadsLockBoundParameter] @AllowThreads method cannot take 'objects'"
                + " (Iterator<PyObject>)")
        .inFile(file)
        .onLineContaining("objects");
    assertThat(compilation).hadErrorCount(1);
  }
}
