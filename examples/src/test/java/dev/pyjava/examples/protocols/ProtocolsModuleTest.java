package dev.pyjava.examples.protocols;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyKeyError;
import dev.pyjava.runtime.exceptions.PyRuntimeError;
import dev.pyjava.runtime.exceptions.PyStopIteration;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The generated test-scope {@code pyjava_protocols} module on the pure-Java backend: what {@code
 * test_protocols.py} checks in CPython, as far as {@link PyObject} reaches (the backend's own repr,
 * str, truth, calls and dicts; other protocols through their dunder methods).
 */
class ProtocolsModuleTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  private static PyObject protocols(Python py, String name) {
    return py.importModule("pyjava_protocols").getAttr(name);
  }

  private static PyObject version(Python py, int major, int minor) {
    return protocols(py, "Version").call(major, minor);
  }

  private static <E extends PyException> String error(Class<E> type, Runnable body) {
    return assertThrows(type, body::run).message();
  }

  /** The items of {@code iterable}, by its {@code __iter__} and {@code __next__} as Python runs. */
  private static List<PyObject> items(PyObject iterable) {
    PyObject next = iterable.getAttr("__iter__").call().getAttr("__next__");
    List<PyObject> items = new ArrayList<>();
    while (true) {
      try {
        items.add(next.call());
      } catch (PyStopIteration end) {
        return items;
      }
    }
  }

  @Test
  void toStringIsReprAndStrUnlessAnExplicitReprWins() {
    gil(
        py -> {
          PyObject v = version(py, 1, 2);
          assertEquals("Version(1, 2)", v.repr());
          assertEquals("Version(1, 2)", v.str());
          assertEquals("[Version(1, 2)]", py.list(List.of(v)).repr());
          PyObject plain = protocols(py, "Plain").call();
          assertTrue(plain.repr().matches("<pyjava_protocols\\.Plain object at 0x[0-9a-f]+>"));
          assertEquals(plain.repr(), plain.str());
          PyObject vec = protocols(py, "Vec").call(1, 2);
          assertEquals("Vec(1.0, 2.0)", vec.repr());
          assertEquals("(1.0, 2.0)", vec.str());
        });
  }

  @Test
  void equalsAndHashCodeAreJavaEqualitySoInstancesAreDictKeys() {
    gil(
        py -> {
          assertEquals(version(py, 1, 2), version(py, 1, 2));
          assertNotEquals(version(py, 1, 2), version(py, 1, 3));
          assertNotEquals(version(py, 1, 2), py.str("x"));
          assertNotEquals(version(py, 1, 2), protocols(py, "Rank").call(1));
          assertEquals(version(py, 1, 2).hashCode(), version(py, 1, 2).hashCode());
          assertEquals("33", version(py, 1, 2).getAttr("__hash__").call().repr());
          assertEquals("True", version(py, 1, 2).getAttr("__eq__").call(version(py, 1, 2)).repr());

          PyDict table = py.dict();
          table.put(version(py, 1, 2), py.str("one-two"));
          table.put(version(py, 1, 2), py.str("again"));
          table.put(version(py, 2, 0), py.str("two"));
          assertEquals(2, table.size());
          assertEquals("'again'", table.get(version(py, 1, 2)).repr());
          assertNull(table.get(version(py, 9, 9)));
        });
  }

  @Test
  void withoutContractsIdentityDecides() {
    gil(
        py -> {
          PyObject a = protocols(py, "Plain").call();
          PyObject b = protocols(py, "Plain").call();
          assertEquals(a, a);
          assertNotEquals(a, b);
          PyDict table = py.dict();
          table.put(a, py.integer(1));
          table.put(a, py.integer(2));
          table.put(b, py.integer(3));
          assertEquals(2, table.size());
          PyObject rank = protocols(py, "Rank").call(1);
          assertNotEquals(rank, protocols(py, "Rank").call(1));
          assertEquals(rank.hashCode(), rank.hashCode());
        });
  }

  @Test
  void anExplicitEqWithoutHashIsUnhashable() {
    gil(
        py -> {
          PyObject vec = protocols(py, "Vec");
          assertEquals(vec.call(1, 2), vec.call(1, 2));
          assertNotEquals(vec.call(1, 2), vec.call(2, 2));
          assertNotEquals(vec.call(1, 2), py.tuple(1, 2));
          assertEquals(
              "unhashable type: 'pyjava_protocols.Vec'",
              error(PyTypeError.class, () -> py.dict().put(vec.call(1, 2), py.none())));
          assertEquals(
              "unhashable type: 'pyjava_protocols.Vec'",
              error(PyTypeError.class, () -> vec.call(1, 2).hashCode()));
        });
  }

  @Test
  void compareToGivesTheFourOrderings() {
    gil(
        py -> {
          PyObject a = version(py, 1, 2);
          PyObject b = version(py, 1, 10);
          List<String> ab = new ArrayList<>();
          List<String> ba = new ArrayList<>();
          for (String op : List.of("__lt__", "__le__", "__gt__", "__ge__")) {
            ab.add(a.getAttr(op).call(b).repr());
            ba.add(b.getAttr(op).call(a).repr());
          }
          assertEquals(List.of("True", "True", "False", "False"), ab);
          assertEquals(List.of("False", "False", "True", "True"), ba);
          assertEquals("True", a.getAttr("__le__").call(version(py, 1, 2)).repr());
          assertEquals(
              "True",
              protocols(py, "Rank")
                  .call(1)
                  .getAttr("__lt__")
                  .call(protocols(py, "Rank").call(2))
                  .repr());
        });
  }

  @Test
  void anIterableIteratesItsJavaIteratorWithItemsConverted() {
    gil(
        py -> {
          PyObject bag = protocols(py, "Bag").call();
          bag.call("pear");
          bag.call("apple", 2);
          assertEquals("['apple', 'pear']", py.list(items(bag)).repr());
          PyObject it = bag.getAttr("__iter__").call();
          assertEquals("JavaIterator", it.typeName());
          assertSame(it, it.getAttr("__iter__").call());
          assertEquals("'apple'", it.getAttr("__next__").call().repr());
          assertEquals("'pear'", it.getAttr("__next__").call().repr());
          assertThrows(PyStopIteration.class, () -> it.getAttr("__next__").call());
          assertThrows(PyStopIteration.class, () -> it.getAttr("__next__").call());
        });
  }

  @Test
  void itemsThatAreInstancesKeepTheirIdentity() {
    gil(
        py -> {
          PyObject shelf = protocols(py, "Shelf").call();
          PyObject first = version(py, 1, 0);
          PyObject second = version(py, 2, 0);
          shelf.getAttr("put").call(first);
          shelf.getAttr("put").call(second);
          List<PyObject> items = items(shelf);
          assertEquals(2, items.size());
          assertSame(first, items.get(0));
          assertSame(second, items.get(1));
        });
  }

  @Test
  void aJavaIteratorIsItsOwnIteratorAndEndsInStopIteration() {
    gil(
        py -> {
          PyObject countdown = protocols(py, "Countdown").call(3);
          assertSame(countdown, countdown.getAttr("__iter__").call());
          assertEquals("3", countdown.getAttr("__next__").call().repr());
          assertEquals("[2, 1]", py.list(items(countdown)).repr());
          assertThrows(PyStopIteration.class, () -> countdown.getAttr("__next__").call());

          PyObject letters = protocols(py, "Letters").call("abc");
          assertSame(letters, letters.getAttr("__iter__").call());
          assertEquals("['a', 'b', 'c']", py.list(items(letters)).repr());
          assertThrows(PyStopIteration.class, () -> letters.getAttr("__next__").call());
        });
  }

  @Test
  void enterAndExitAreMethodsThatClose() {
    gil(
        py -> {
          PyObject resource = protocols(py, "Resource").call();
          assertSame(resource, resource.getAttr("__enter__").call());
          assertEquals("0", resource.getAttr("closes").repr());
          assertTrue(resource.getAttr("__exit__").call(py.none(), py.none(), py.none()).isNone());
          assertEquals("1", resource.getAttr("closes").repr());

          PyObject failing =
              protocols(py, "Resource").call(List.of(), Map.of("fail_on_close", true));
          assertEquals(
              "java.lang.IllegalStateException: close failed",
              error(
                  PyRuntimeError.class,
                  () -> failing.getAttr("__exit__").call(py.none(), py.none(), py.none())));
          assertEquals("1", failing.getAttr("closes").repr());
          assertEquals(
              "'pyjava_protocols.Plain' object has no attribute '__enter__'",
              error(
                  PyAttributeError.class,
                  () -> protocols(py, "Plain").call().getAttr("__enter__")));
        });
  }

  @Test
  void explicitContainerDundersAndTruth() {
    gil(
        py -> {
          PyObject bag = protocols(py, "Bag").call();
          assertFalse(bag.isTrue());
          assertEquals("1", bag.call("a").repr());
          assertEquals("3", bag.call(List.of("b"), Map.of("times", 3)).repr());
          assertTrue(bag.isTrue());
          assertEquals("2", bag.getAttr("__len__").call().repr());
          assertEquals("3", bag.getAttr("__getitem__").call("b").repr());
          assertEquals("True", bag.getAttr("__contains__").call("a").repr());
          bag.getAttr("__setitem__").call("c", 7);
          bag.getAttr("__delitem__").call("a");
          assertEquals("['b', 'c']", py.list(items(bag)).repr());
          assertEquals(
              "'zz'", error(PyKeyError.class, () -> bag.getAttr("__getitem__").call("zz")));
          assertEquals(
              "__getitem__() argument 'word' must be str, not int",
              error(PyTypeError.class, () -> bag.getAttr("__getitem__").call(1)));
          assertEquals(
              "'pyjava_protocols.Version' object is not callable",
              error(PyTypeError.class, () -> version(py, 1, 2).call()));
        });
  }

  @Test
  void javaExceptionsAndOddResultsArePythonsErrors() {
    gil(
        py -> {
          assertEquals("-1", protocols(py, "Odd").call(-1).getAttr("__len__").call().repr());
          assertEquals(
              "java.lang.IllegalStateException: no truth here",
              error(PyRuntimeError.class, () -> protocols(py, "Odd").call(1).isTrue()));
          assertEquals("5", protocols(py, "Odd").call(5).getAttr("__getitem__").call(1).repr());
          assertThrows(
              PyRuntimeError.class,
              () -> protocols(py, "Odd").call(5).getAttr("__getitem__").call(2));
        });
  }
}
