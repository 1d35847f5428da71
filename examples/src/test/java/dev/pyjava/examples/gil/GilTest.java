package dev.pyjava.examples.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.testing.PythonTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code gil} module called the way Python calls it, in embedded CPython. */
@PythonTest
class GilTest {
  private static PyObject doubleList(Python py) {
    return py.importModule("gil").getAttr("double_list");
  }

  @Test
  void doublesIntoTheResultSlot(Python py) {
    PyList slots = py.list(List.of(List.of(), List.of()));
    doubleList(py).call(List.of(py.list(List.of(1, 2, 3)), slots, 1), Map.of("pause", 0.0));
    assertEquals("[[], [2, 4, 6]]", slots.repr());
  }

  @Test
  void nonIntegerItemIsATypeError(Python py) {
    PyException error =
        assertThrows(
            PyException.class,
            () -> doubleList(py).call(py.list(List.of(1, "two")), py.list(List.of(0)), 0, 0.0));
    assertEquals("TypeError", error.pythonType());
  }

  @Test
  void resultIndexOutOfRangeIsAnIndexError(Python py) {
    PyException error =
        assertThrows(
            PyException.class,
            () -> doubleList(py).call(py.list(List.of(1)), py.list(List.of()), 5, 0.0));
    assertEquals("IndexError", error.pythonType());
    assertEquals("list assignment index out of range", error.message());
  }

  @Test
  void signatureShowsThePauseDefault(Python py) {
    assertEquals(
        "($module, list, result, idx, pause=1.0)",
        doubleList(py).getAttr("__text_signature__").str());
  }
}
