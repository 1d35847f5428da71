package dev.pyjava.examples.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code counters} module on the pure-Java backend: what {@code test_classes.py}
 * checks in CPython, with CPython's messages.
 */
class CountersModuleTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  private static PyObject counters(Python py, String name) {
    return py.importModule("counters").getAttr(name);
  }

  private static long value(PyObject counter) {
    return counter.getAttr("value").cast(PyLong.class).longValue();
  }

  private static <E extends PyException> String error(Class<E> type, Runnable body) {
    return assertThrows(type, body::run).message();
  }

  @Test
  void theConstructorRunsWithItsSignature() {
    gil(
        py -> {
          PyObject counter = counters(py, "Counter");
          assertEquals(5, value(counter.call(5)));
          assertEquals(0, value(counter.call()));
          assertEquals(7, value(counter.call(List.of(), Map.of("start", 7))));
          assertEquals("'(start=0)'", counter.getAttr("__text_signature__").repr());
          assertEquals(
              "Counter() argument 'start' must be int, not str",
              error(PyTypeError.class, () -> counter.call("five")));
          assertEquals(
              "Counter() takes from 0 to 1 positional arguments but 2 were given",
              error(PyTypeError.class, () -> counter.call(1, 2)));
          assertEquals(
              "Counter() got an unexpected keyword argument 'stop'",
              error(PyTypeError.class, () -> counter.call(List.of(), Map.of("stop", 1))));
        });
  }

  @Test
  void theTypeIsNamedAndDocumented() {
    gil(
        py -> {
          PyObject counter = counters(py, "Counter");
          PyObject c = counter.call();
          assertSame(counter, c.getAttr("__class__"));
          assertEquals("'counters'", counter.getAttr("__module__").repr());
          assertEquals("'Counter'", counter.getAttr("__name__").repr());
          assertEquals("'Counter'", counter.getAttr("__qualname__").repr());
          assertEquals(
              "'Counts by steps from where it started.'", counter.getAttr("__doc__").repr());
          assertEquals("<class 'counters.Counter'>", counter.repr());
          assertEquals(
              "'counters.Counter' object has no attribute 'other' and no __dict__ for setting new"
                  + " attributes",
              error(PyAttributeError.class, () -> c.setAttr("other", 1)));
          assertEquals(
              "cannot create 'counters.Bounds' instances",
              error(PyTypeError.class, () -> counters(py, "Bounds").call()));
        });
  }

  @Test
  void methodsStaticMethodsAndDescriptors() {
    gil(
        py -> {
          PyObject counter = counters(py, "Counter");
          PyObject c = counter.call(10);
          assertEquals("15", c.getAttr("add").call(5).repr());
          assertEquals("12", c.getAttr("add").call(List.of(), Map.of("step", -3)).repr());
          c.getAttr("reset").call();
          assertEquals(10, value(c));
          assertEquals("2", counter.getAttr("add").call(counter.call(1), 1).repr());
          assertEquals(
              "'($self, step)'", counter.getAttr("add").getAttr("__text_signature__").repr());
          assertEquals(
              "descriptor 'add' for 'counters.Counter' objects doesn't apply to a 'int' object",
              error(PyTypeError.class, () -> counter.getAttr("add").call(5, 1)));
          assertEquals(
              "descriptor 'mark' for 'counters.Tally' objects doesn't apply to a 'counters.Counter'"
                  + " object",
              error(PyTypeError.class, () -> counters(py, "Tally").getAttr("mark").call(c, "x")));
          assertEquals(
              "4", counter.getAttr("steps_between").call(List.of(0, 10), Map.of("step", 3)).repr());
          assertEquals("10", c.getAttr("steps_between").call(0, 10).repr());
          PyObject a = counter.call();
          PyObject b = counter.call();
          a.getAttr("add").call(1);
          assertEquals(List.of(1L, 0L), List.of(value(a), value(b)));
        });
  }

  @Test
  void propertiesReadAndWrite() {
    gil(
        py -> {
          PyObject counter = counters(py, "Counter");
          PyObject c = counter.call(3);
          c.setAttr("value", 41);
          assertEquals("42", c.getAttr("add").call(1).repr());
          c.setAttr("label", "clicks");
          assertEquals("'clicks'", c.getAttr("label").repr());
          assertEquals("'The count now.'", counter.getAttr("value").getAttr("__doc__").repr());
          assertEquals(
              "attribute 'start' of 'counters.Counter' objects is not writable",
              error(PyAttributeError.class, () -> c.setAttr("start", 4)));
          assertEquals("3", c.getAttr("start").repr());
          assertEquals(
              "argument must be int, not str",
              error(PyTypeError.class, () -> c.setAttr("value", "many")));
          assertEquals(
              "argument must be str, not int",
              error(PyTypeError.class, () -> c.setAttr("label", 5)));
          assertEquals("'clicks'", c.getAttr("label").repr());
        });
  }

  @Test
  void instancesCrossTheBoundaryAsThemselves() {
    gil(
        py -> {
          PyObject counter = counters(py, "Counter");
          PyObject larger = counters(py, "larger");
          PyObject small = counter.call(1);
          PyObject big = counter.call(5);
          assertSame(big, larger.call(small, big));
          assertSame(big, larger.call(big, small));
          PyObject two = counter.call(2);
          two.getAttr("add").call(3);
          PyObject copy = two.getAttr("copy").call();
          assertNotSame(two, copy);
          assertSame(counter, copy.getAttr("__class__"));
          assertEquals("5", copy.getAttr("value").repr());
          assertEquals("2", copy.getAttr("start").repr());
          assertSame(copy, larger.call(copy, counter.call(0)));
          PyObject one = counter.call(1);
          assertEquals("11", one.getAttr("absorb").call(counter.call(10)).repr());
          assertEquals(11, value(one));
          assertEquals("22", one.getAttr("absorb").call(one).repr());
        });
  }

  @Test
  void aWrongArgumentIsATypeErrorNamingTheType() {
    gil(
        py -> {
          PyObject counter = counters(py, "Counter");
          PyObject larger = counters(py, "larger");
          assertEquals(
              "larger() argument 'b' must be counters.Counter, not int",
              error(PyTypeError.class, () -> larger.call(counter.call(), 5)));
          assertEquals(
              "absorb() argument 'other' must be counters.Counter, not NoneType",
              error(PyTypeError.class, () -> counter.call().getAttr("absorb").call((Object) null)));
          assertEquals(
              "larger() argument 'a' must be counters.Counter, not Tally",
              error(
                  PyTypeError.class,
                  () -> larger.call(counters(py, "Tally").call(), counter.call())));
        });
  }

  @Test
  void aTallyCountsByWeight() {
    gil(
        py -> {
          PyObject tally = counters(py, "Tally").call(List.of(), Map.of("weight", 2));
          assertEquals("2", tally.getAttr("mark").call("a").repr());
          assertEquals("4", tally.getAttr("mark").call("a").repr());
          assertEquals("2", tally.getAttr("mark").call("b").repr());
          assertEquals("6", tally.getAttr("total").repr());
        });
  }
}
