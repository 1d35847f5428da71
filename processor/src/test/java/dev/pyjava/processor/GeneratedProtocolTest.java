package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Compiles classes that honour Java contracts, then runs the protocol methods generated for them:
 * their names, Python parameters, result types and wrappers; an explicit dunder wins.
 */
class GeneratedProtocolTest {
  private static final String SOURCE =
      """
      @PyModule
      public final class Things {
        private Things() {}

        @PyClass
        public static final class Item implements Comparable<Item>, Iterable<String>,
            AutoCloseable {
          private final int size;
          public int closes;

          @PyConstructor
          public Item(int size) {
            this.size = size;
          }

          @Override
          public String toString() {
            return "Item " + size;
          }

          @PyFunction(name = "__repr__")
          public String shown() {
            return "Item(" + size + ")";
          }

          @Override
          public boolean equals(Object other) {
            return other instanceof Item i && i.size == size;
          }

          @Override
          public int hashCode() {
            return size;
          }

          @Override
          public int compareTo(Item other) {
            return Integer.compare(size, other.size);
          }

          @Override
          public Iterator<String> iterator() {
            return List.of("a", "b").iterator();
          }

          @Override
          public void close() {
            closes++;
          }
        }

        @PyClass
        public static final class Steps implements Iterator<Integer> {
          private int left = 1;

          @Override
          public boolean hasNext() {
            return left > 0;
          }

          @Override
          public Integer next() {
            return left--;
          }
        }
      }
      """;

  @Test
  void contractsGiveDundersAndAnExplicitOneWins() throws Throwable {
    Compilation compilation = compile(source("Things", SOURCE));
    assertThat(compilation).succeededWithoutWarnings();
    List<ClassDef> classes =
        new CompiledClassLoader(compilation)
            .newInstance("test.Things_PyModule", ModuleProvider.class)
            .module()
            .classes();
    ClassDef item = classes.get(0);
    Map<String, FunctionDef> methods =
        item.methods().stream().collect(Collectors.toMap(FunctionDef::name, Function.identity()));
    assertEquals(
        List.of(
            "__repr__",
            "__eq__",
            "__hash__",
            "__lt__",
            "__le__",
            "__gt__",
            "__ge__",
            "__iter__",
            "__enter__",
            "__exit__"),
        item.methods().stream().map(FunctionDef::name).toList());
    Object two = item.constructor().invoker().invoke(null, new Object[] {2});
    Object three = item.constructor().invoker().invoke(null, new Object[] {3});

    assertEquals("Item(2)", call(methods.get("__repr__"), two));
    assertEquals(
        TypeSpec.instance("things.Item"), methods.get("__eq__").parameters().get(0).type());
    assertEquals(
        true,
        call(
            methods.get("__eq__"),
            two,
            item.constructor().invoker().invoke(null, new Object[] {2})));
    assertEquals(2, call(methods.get("__hash__"), two));
    assertEquals(true, call(methods.get("__lt__"), two, three));
    assertEquals(false, call(methods.get("__ge__"), two, three));
    assertEquals("(other, /)", methods.get("__lt__").signature());

    FunctionDef iter = methods.get("__iter__");
    assertEquals(TypeSpec.iterator(TypeSpec.STRING), iter.result());
    assertEquals("a", ((Iterator<?>) call(iter, two)).next());

    assertSame(two, call(methods.get("__enter__"), two));
    assertEquals(TypeSpec.instance("things.Item"), methods.get("__enter__").result());
    FunctionDef exit = methods.get("__exit__");
    assertEquals("(exc_type, exc_value, traceback, /)", exit.signature());
    assertEquals(TypeSpec.VOID, exit.result());
    call(exit, two, null, null, null);
    assertEquals(1, two.getClass().getDeclaredField("closes").getInt(two));

    ClassDef steps = classes.get(1);
    assertEquals(
        List.of("__iter__", "__next__"), steps.methods().stream().map(FunctionDef::name).toList());
    Object countdown =
        Class.forName("test.Things$Steps", true, two.getClass().getClassLoader())
            .getConstructor()
            .newInstance();
    assertSame(countdown, call(steps.methods().get(0), countdown));
    FunctionDef next = steps.methods().get(1);
    assertEquals(TypeSpec.BOXED_INT, next.result());
    assertEquals(1, call(next, countdown));
    assertThrows(NoSuchElementException.class, () -> call(next, countdown));
  }

  private static Object call(FunctionDef method, Object... args) throws Throwable {
    return method.invoker().invoke(null, args);
  }
}
