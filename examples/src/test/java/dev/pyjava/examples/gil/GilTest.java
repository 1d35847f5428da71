package dev.pyjava.examples.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GilTest {

  @Test
  void doublesIntoTheResultSlot() {
    String result =
        Python.withGil(
            py -> {
              PyList slots = py.list(List.of(List.of(), List.of()));
              py.importModule("gil")
                  .getAttr("double_list")
                  .call(List.of(py.list(List.of(1, 2, 3)), slots, 1), Map.of("pause", 0.0));
              return slots.repr();
            });
    assertEquals("[[], [2, 4, 6]]", result);
  }

  @Test
  void nonIntegerItemIsATypeError() {
    PyException error =
        assertThrows(
            PyException.class,
            () ->
                Python.withGil(
                    py ->
                        py.importModule("gil")
                            .getAttr("double_list")
                            .call(py.list(List.of(1, "two")), py.list(List.of(0)), 0, 0.0)));
    assertEquals("TypeError", error.pythonType());
  }

  @Test
  void resultIndexOutOfRangeIsAnIndexError() {
    PyException error =
        assertThrows(
            PyException.class,
            () ->
                Python.withGil(
                    py ->
                        py.importModule("gil")
                            .getAttr("double_list")
                            .call(py.list(List.of(1)), py.list(List.of()), 5, 0.0)));
    assertEquals("IndexError", error.pythonType());
    assertEquals("list assignment index out of range", error.message());
  }

  @Test
  void signatureShowsThePauseDefault() {
    String signature =
        Python.withGil(
            py ->
                py.importModule("gil")
                    .getAttr("double_list")
                    .getAttr("__text_signature__")
                    .str());
    assertEquals("($module, list, result, idx, pause=1.0)", signature);
  }
}
