package dev.pyjava.examples.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyKeyError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code signatures} module on the pure-Java backend: what {@code
 * test_signatures_and_types.py} checks in CPython, as far as it needs no Python code.
 */
class SignaturesModuleTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  private static PyObject signatures(Python py, String name) {
    return py.importModule("signatures").getAttr(name);
  }

  @Test
  void extraArgumentsAreCollected() {
    gil(
        py -> {
          PyObject describe = signatures(py, "describe");
          Map<String, Object> keywords = new LinkedHashMap<>();
          keywords.put("d", 6);
          keywords.put("b", 4);
          keywords.put("c", 5);
          assertEquals("1 [2, 3] 4 {d=6, c=5}", describe.call(List.of(1, 2, 3), keywords).str());
          assertEquals("1 [] 1 {}", describe.call(1).str());
          assertEquals(
              "p:a-b",
              signatures(py, "join").call(List.of("p", "a", "b"), Map.of("sep", "-")).str());
          assertEquals(
              "['a', 'b', 'c', 'x=1']",
              signatures(py, "Collector")
                  .call("a", "b")
                  .getAttr("add")
                  .call(List.of("c"), Map.of("x", "1"))
                  .repr());
        });
  }

  @Test
  void argumentErrorsAreCPythons() {
    gil(
        py -> {
          PyObject describe = signatures(py, "describe");
          assertEquals(
              "describe() missing 1 required positional argument: 'a'",
              assertThrows(PyTypeError.class, describe::call).message());
          assertEquals(
              "describe() got multiple values for argument 'a'",
              assertThrows(PyTypeError.class, () -> describe.call(List.of(1), Map.of("a", 2)))
                  .message());
          assertEquals(
              "join() got some positional-only arguments passed as keyword arguments: 'prefix'",
              assertThrows(
                      PyTypeError.class,
                      () -> signatures(py, "join").call(List.of(), Map.of("prefix", "p")))
                  .message());
          assertEquals(
              "describe() argument 'kwargs' value for key 'c' must be int, not str",
              assertThrows(PyTypeError.class, () -> describe.call(List.of(1), Map.of("c", "x")))
                  .message());
        });
  }

  @Test
  void signaturesShowTheCollectors() {
    gil(
        py ->
            assertEquals(
                "($module, a, *args, b=1, **kwargs)",
                signatures(py, "describe").getAttr("__text_signature__").str()));
  }

  @Test
  void constantsAreAttributes() {
    gil(
        py -> {
          assertEquals("'1.0'", signatures(py, "VERSION").repr());
          assertEquals("42", signatures(py, "ANSWER").repr());
          assertEquals("['a', 'b']", signatures(py, "NAMES").repr());
          assertEquals("{'max': 10}", signatures(py, "LIMITS").repr());
          assertEquals("None", signatures(py, "NOTHING").repr());
        });
  }

  @Test
  void enumMembersConvertBothWays() {
    gil(
        py -> {
          PyObject north = signatures(py, "Direction").getAttr("NORTH");
          assertEquals("<Direction.NORTH: 'NORTH'>", north.repr());
          assertEquals("<Direction.EAST: 'EAST'>", signatures(py, "turn").call(north).repr());
          assertEquals(
              "turn() argument 'heading' must be signatures.Direction, not str",
              assertThrows(PyTypeError.class, () -> signatures(py, "turn").call("NORTH"))
                  .message());
          assertEquals("'none'", signatures(py, "heading_name").call().repr());
        });
  }

  @Test
  void moduleExceptionsAreNamedByTheirModule() {
    gil(
        py -> {
          PyObject fail = signatures(py, "fail");
          PyValueError strict =
              assertThrows(PyValueError.class, () -> fail.call("strict", "too loose"));
          assertEquals("signatures.StrictError", strict.pythonType());
          assertEquals("too loose", strict.message());
          PyKeyError missing = assertThrows(PyKeyError.class, () -> fail.call("missing", "k"));
          assertEquals("signatures.MissingName", missing.pythonType());
        });
  }
}
