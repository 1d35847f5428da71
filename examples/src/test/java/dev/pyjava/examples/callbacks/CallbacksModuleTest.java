package dev.pyjava.examples.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyCallable;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The test-scope {@code pyjava_callbacks} module on the pure-Java backend: pyjava functions as the
 * callables Java calls through its functional interfaces, with the lock held, from a released
 * body, from other Java threads and after the call returned; CPython's messages.
 */
class CallbacksModuleTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  private static PyObject function(Python py, String name) {
    return py.importModule("pyjava_callbacks").getAttr(name);
  }

  @Test
  void javaCallsTheCallableThroughEachShape() {
    gil(
        py -> {
          PyObject twice = function(py, "twice");
          PyObject shout = function(py, "shout");
          assertEquals("[2, 4, 6]", function(py, "map").call(twice, List.of(1, 2, 3)).repr());
          assertEquals("'A'", function(py, "apply_twice").call(shout, "a").repr());
          assertEquals("42", function(py, "apply_released").call(twice, 21).repr());
          assertEquals("[9900, 9900, 9900, 9900, 9900, 9900, 9900, 9900]",
              function(py, "sum_on_threads").call(twice, 8, 100).repr());
          assertEquals("9900", function(py, "sum_parallel").call(twice, 100).repr());
        });
  }

  @Test
  void anInstanceWithCallIsACallable() {
    gil(
        py -> {
          PyObject bag = py.importModule("pyjava_protocols").getAttr("Bag").call();
          function(py, "feed").call(bag, List.of("a", "b", "a"));
          assertEquals("2", bag.getAttr("__getitem__").call("a").repr());
        });
  }

  @Test
  void aStoredCallbackIsCalledLaterFromAnotherThread() {
    gil(py -> function(py, "store").call(function(py, "shout")));
    gil(py -> assertEquals("'LATER'", function(py, "call_stored").call("later").repr()));
    gil(py -> function(py, "drop_stored").call());
  }

  @Test
  void whatTheCallableRaisesComesOutUnchanged() {
    gil(
        py -> {
          PyValueError error =
              assertThrows(
                  PyValueError.class,
                  () -> function(py, "apply").call(function(py, "reject"), "no"));
          assertEquals("no", error.message());
        });
  }

  @Test
  void wrongCallablesAndResultsAreTypeErrors() {
    gil(
        py -> {
          assertEquals(
              "apply() argument 'f' must be Callable[[str], float | None], not int",
              assertThrows(PyTypeError.class, () -> function(py, "apply").call(5, "x"))
                  .message());
          assertEquals(
              "callback shout() result must be float | None, not str",
              assertThrows(
                      PyTypeError.class,
                      () -> function(py, "apply").call(function(py, "shout"), "x"))
                  .message());
          assertEquals(
              "call_with_keywords() argument 'f' must be callable, not int",
              assertThrows(
                      PyTypeError.class, () -> function(py, "call_with_keywords").call(1))
                  .message());
        });
  }

  @Test
  void functionsArePyCallables() {
    gil(
        py -> {
          PyCallable shout = function(py, "shout").cast(PyCallable.class);
          assertEquals("'HI'", shout.call("hi").repr());
          assertEquals(
              "expected callable, not int",
              assertThrows(PyTypeError.class, () -> py.integer(1).cast(PyCallable.class))
                  .message());
        });
  }
}
