package dev.pyjava.examples.iteration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyRuntimeError;
import dev.pyjava.runtime.exceptions.PyStopIteration;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The test-scope {@code pyjava_iteration} module on the pure-Java backend: iterator results read
 * through {@code __next__}, iterator parameters fed lists and tuples (and iterators of this
 * backend), as {@code test_iteration.py} checks them in CPython.
 */
class IterationModuleTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  private static PyObject call(Python py, String function, Object... args) {
    return py.importModule("pyjava_iteration").getAttr(function).call(args);
  }

  private static long longOf(PyObject value) {
    return value.cast(PyLong.class).longValue();
  }

  private static List<Long> longs(PyObject list) {
    List<Long> items = new ArrayList<>();
    for (PyObject item : list.cast(PyList.class)) {
      items.add(longOf(item));
    }
    return items;
  }

  private static List<Long> drain(PyObject iterator, int most) {
    PyObject next = iterator.getAttr("__next__");
    List<Long> items = new ArrayList<>();
    for (int i = 0; i < most; i++) {
      try {
        items.add(longOf(next.call()));
      } catch (PyStopIteration end) {
        break;
      }
    }
    return items;
  }

  @Test
  void anInfiniteStreamIsReadOnlyAsFarAsAsked() {
    gil(
        py -> {
          long before = longOf(call(py, "made"));
          PyObject it = call(py, "naturals");
          assertEquals("JavaIterator", it.typeName());
          assertSame(it, it.getAttr("__iter__").call());
          assertEquals(List.of(0L, 1L, 2L, 3L), drain(it, 4));
          assertTrue(longOf(call(py, "made")) - before <= 5);
        });
  }

  @Test
  void aStreamClosesOnceWhenExhausted() {
    gil(
        py -> {
          long before = longOf(call(py, "closed"));
          PyObject it = call(py, "counted", 2);
          assertEquals(List.of(0L, 1L), drain(it, 2));
          assertEquals(before, longOf(call(py, "closed")));
          assertThrows(PyStopIteration.class, () -> it.getAttr("__next__").call());
          assertThrows(PyStopIteration.class, () -> it.getAttr("__next__").call());
          assertEquals(before + 1, longOf(call(py, "closed")));
          PyObject failing = call(py, "bad_close", 0);
          PyException closeFailed =
              assertThrows(PyRuntimeError.class, () -> failing.getAttr("__next__").call());
          assertTrue(closeFailed.message().contains("close failed"), closeFailed.message());
        });
  }

  @Test
  void aJavaExceptionInTheMiddleRaisesAtThatItem() {
    gil(
        py -> {
          PyObject it = call(py, "failing_at", 1);
          PyObject next = it.getAttr("__next__");
          assertEquals(0, longOf(next.call()));
          assertEquals("item 1 failed", assertThrows(PyValueError.class, next::call).message());
          assertEquals(2, longOf(next.call()));
        });
  }

  @Test
  void parametersReadListsTuplesAndIteratorsLazily() {
    gil(
        py -> {
          assertEquals(6, longOf(call(py, "sum", List.of(1, 2, 3))));
          assertEquals(3, longOf(call(py, "sum", py.tuple(1, 2))));
          assertEquals(3, longOf(call(py, "sum", call(py, "counted", 3))));
          assertEquals(List.of(0L, 1L), longs(call(py, "take", call(py, "naturals"), 2)));
          assertEquals("a-b", call(py, "join", List.of("a", "b"), "-").str());
          assertEquals(
              "sum() argument 'values' item 1 must be int, not str",
              assertThrows(PyTypeError.class, () -> call(py, "sum", List.of(1, "x"))).message());
          assertEquals(
              "sum() argument 'values' must be Iterable[int], not int",
              assertThrows(PyTypeError.class, () -> call(py, "sum", 5)).message());
        });
  }

  @Test
  void releasedConsumersTakeTheLockPerItem() {
    gil(
        py -> {
          List<Long> values = LongStream.range(0, 500).boxed().toList();
          long squares = values.stream().mapToLong(v -> v * v).sum();
          assertEquals(squares, longOf(call(py, "parallel_sum_of_squares", values)));
          assertEquals(
              1000, longOf(call(py, "count_on_threads", Collections.nCopies(500, "ab"), 4)));
          call(py, "keep", List.of("x", "y"));
          assertEquals("['x', 'y']", call(py, "drain_kept").repr());
        });
  }
}
