package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Results typed {@code Iterator}, {@code Iterable} and {@code Stream} in embedded CPython: lazy
 * {@code pyjava.JavaIterator}s, a Java exception raised at its item, a stream closed once when
 * exhausted or freed ({@link #ITERATION}).
 */
class IteratorResultTest {
  /** Streams of {@code counted} closed so far. */
  private static final AtomicInteger CLOSED = new AtomicInteger();

  static final ModuleDef ITERATION =
      new ModuleDef(
          "cpython_test_iteration",
          null,
          List.of(
              FunctionDef.builder("naturals")
                  .returns(TypeSpec.stream(TypeSpec.BOXED_LONG))
                  .build((py, args) -> Stream.iterate(0L, n -> n + 1)),
              FunctionDef.builder("counted")
                  .parameter("n", TypeSpec.INT)
                  .returns(TypeSpec.stream(TypeSpec.BOXED_INT))
                  .build(
                      (py, args) ->
                          IntStream.range(0, (Integer) args[0])
                              .boxed()
                              .onClose(CLOSED::incrementAndGet)),
              FunctionDef.builder("closed").returns(TypeSpec.INT).build((py, args) -> CLOSED.get()),
              FunctionDef.builder("letters")
                  .parameter("text", TypeSpec.STRING)
                  .returns(TypeSpec.iterable(TypeSpec.STRING))
                  .build((py, args) -> (Iterable<String>) () -> List.of("a", "b").iterator()),
              FunctionDef.builder("failing")
                  .returns(TypeSpec.iterator(TypeSpec.BOXED_INT))
                  .build((py, args) -> failingAtOne())));

  private static Iterator<Integer> failingAtOne() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (next++ == 1) {
          throw new IllegalArgumentException("item 1 failed");
        }
        return next - 1;
      }
    };
  }

  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void iteratorsAreLazyAndRaiseAtTheirItem() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import itertools, cpython_test_iteration as m
                  it = m.naturals()
                  results = [type(it).__name__, iter(it) is it, next(it), next(it),
                             sum(itertools.islice(m.naturals(), 100)), list(m.letters("ab"))]
                  failing = m.failing()
                  results.append(next(failing))
                  try:
                      next(failing)
                  except ValueError as e:
                      results.append(str(e))
                  results.append(next(failing))
                  """);
          assertEquals(
              "['JavaIterator', True, 0, 1, 4950, ['a', 'b'], 0, 'item 1 failed', 2]",
              text(py, ns, "results"));
        });
  }

  @Test
  void aStreamIsClosedOnceWhenExhaustedOrFreed() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test_iteration as m
                  start = m.closed()
                  it = m.counted(2)
                  results = [list(it), m.closed() - start, list(it), m.closed() - start]
                  del it
                  results.append(m.closed() - start)
                  it = m.counted(5)
                  next(it)
                  del it
                  m.counted(3)
                  results.append(m.closed() - start)
                  """);
          assertEquals("[[0, 1], 1, [], 1, 1, 3]", text(py, ns, "results"));
        });
  }
}
