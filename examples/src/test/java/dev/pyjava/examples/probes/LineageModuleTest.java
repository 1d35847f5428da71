package dev.pyjava.examples.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyFloat;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The generated test-scope {@code lineage} module on the pure-Java backend: what {@code
 * test_inheritance.py} checks in CPython (inheritance, derived result types, identity through
 * containers), with CPython's messages.
 */
class LineageModuleTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  private static PyObject lineage(Python py, String name) {
    return py.importModule("lineage").getAttr(name);
  }

  private static double area(PyObject shape) {
    return shape.getAttr("area").call().cast(PyFloat.class).doubleValue();
  }

  private static <E extends PyException> String error(Class<E> type, Runnable body) {
    return assertThrows(type, body::run).message();
  }

  @Test
  void anAbstractMethodRunsTheJavaOverride() {
    gil(
        py -> {
          assertEquals(12.0, area(lineage(py, "Circle").call(2)));
          assertEquals(6.0, area(lineage(py, "Triangle").call(3, 4)));
          assertEquals(9.0, area(lineage(py, "Ring").call(1, 2)));
          PyObject square = lineage(py, "Square").call(3);
          assertEquals("9.0", lineage(py, "Shape").getAttr("area").call(square).repr());
          assertEquals(
              "<method 'area' of 'lineage.Shape' objects>",
              lineage(py, "Circle").getAttr("area").repr());
        });
  }

  @Test
  void methodsAndPropertiesAreInherited() {
    gil(
        py -> {
          assertEquals(
              "'circle of area 3.0'",
              lineage(py, "Circle").call(1).getAttr("describe").call().repr());
          PyObject triangle = lineage(py, "Triangle").call(1, 2);
          assertEquals("'triangle'", triangle.getAttr("label").repr());
          assertEquals("2.0", lineage(py, "Circle").call(2).getAttr("radius").repr());
          assertEquals(
              "'lineage.Triangle' object has no attribute 'corners'",
              error(PyAttributeError.class, () -> triangle.getAttr("corners")));
        });
  }

  @Test
  void anOverridingMethodIsTheSubclasssOwnAndJavaDispatchesTheBasesToIt() {
    gil(
        py -> {
          PyObject square = lineage(py, "Square").call(2);
          assertEquals("'a square of side 2.0'", square.getAttr("describe").call().repr());
          assertEquals(
              "<method 'describe' of 'lineage.Square' objects>",
              lineage(py, "Square").getAttr("describe").repr());
          assertEquals(
              "'a square of side 2.0'",
              lineage(py, "Shape").getAttr("describe").call(square).repr());
          assertEquals(
              "descriptor 'describe' for 'lineage.Square' objects doesn't apply to a"
                  + " 'lineage.Circle' object",
              error(
                  PyTypeError.class,
                  () ->
                      lineage(py, "Square")
                          .getAttr("describe")
                          .call(lineage(py, "Circle").call(1))));
        });
  }

  @Test
  void theAbstractBaseCannotBeMade() {
    gil(
        py ->
            assertEquals(
                "cannot create 'lineage.Shape' instances",
                error(PyTypeError.class, () -> lineage(py, "Shape").call())));
  }

  @Test
  void aResultDeclaredAsTheBaseComesBackAsItsOwnType() {
    gil(
        py -> {
          PyObject make = lineage(py, "make");
          for (String kind : List.of("circle", "square", "triangle", "ring")) {
            PyObject shape = make.call(kind);
            String type = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            assertSame(lineage(py, type), shape.getAttr("__class__"), kind);
          }
          PyObject dot = make.call("dot");
          assertSame(lineage(py, "Shape"), dot.getAttr("__class__"));
          assertEquals(0.0, area(dot));
          assertEquals("'dot'", dot.getAttr("label").repr());
          assertTrue(dot.repr().startsWith("<lineage.Shape object at 0x"), dot.repr());
          PyObject circle = lineage(py, "Circle").call(1);
          assertSame(circle, lineage(py, "as_shape").call(circle));
          assertSame(lineage(py, "kept").call(), lineage(py, "kept").call());
        });
  }

  @Test
  void listsMapsAndOptionalsKeepIdentity() {
    gil(
        py -> {
          PyObject circle = lineage(py, "Circle").call(1);
          PyObject square = lineage(py, "Square").call(5);
          PyObject triangle = lineage(py, "Triangle").call(1, 1);
          PyList shapes = py.list(List.of(circle, square, triangle));
          assertSame(square, lineage(py, "biggest").call(shapes));
          assertSame(square, lineage(py, "biggest").call(py.tuple(circle, square, triangle)));
          PyList ordered = lineage(py, "by_area").call(shapes).cast(PyList.class);
          assertEquals(3, ordered.size());
          assertSame(triangle, ordered.get(0));
          assertSame(circle, ordered.get(1));
          assertSame(square, ordered.get(2));

          PyList two = py.list(List.of(circle, square));
          assertSame(square, lineage(py, "find").call(two, "square"));
          assertTrue(lineage(py, "find").call(two, "ring").isNone());
          PyDict byLabel = lineage(py, "by_label").call(two).cast(PyDict.class);
          assertEquals("['circle', 'square']", py.list(byLabel.keys()).repr());
          assertSame(circle, byLabel.get(py.str("circle")));
          PyDict named = py.dict();
          named.put(py.str("a"), circle);
          named.put(py.str("b"), square);
          assertEquals("28.0", lineage(py, "total_area").call(named).repr());
          assertEquals("25.0", lineage(py, "area_or_zero").call(square).repr());
          assertEquals("0.0", lineage(py, "area_or_zero").call((Object) null).repr());
        });
  }

  @Test
  void newObjectsInContainersComeBackAsTheirTypes() {
    gil(
        py -> {
          PyList given =
              py.list(
                  List.of(
                      lineage(py, "Circle").call(1),
                      lineage(py, "Ring").call(1, 2),
                      lineage(py, "Ring").call(2, 3)));
          PyList rings = lineage(py, "rings").call(given).cast(PyList.class);
          assertEquals(2, rings.size());
          assertSame(given.get(1), rings.get(0));
          assertSame(lineage(py, "Ring"), rings.get(1).getAttr("__class__"));
          PyObject a = lineage(py, "Ring").call(1, 2);
          PyObject b = lineage(py, "Ring").call(1, 3);
          assertSame(b, lineage(py, "wider").call(a, b));
          assertSame(b, lineage(py, "wider").call(b, a));
          assertFalse(lineage(py, "Ring").call(1, 2).getAttr("outer").repr().isEmpty());
        });
  }

  @Test
  void wrongTypesNameTheExpectedTypeAsInCPython() {
    gil(
        py -> {
          PyObject circle = lineage(py, "Circle").call(1);
          assertEquals(
              "biggest() argument 'shapes' item 1 must be lineage.Shape, not int",
              error(
                  PyTypeError.class,
                  () -> lineage(py, "biggest").call(py.list(List.of(circle, 2)))));
          PyDict wrong = py.dict();
          wrong.put(py.str("a"), py.str("circle"));
          assertEquals(
              "total_area() argument 'shapes' value for key 'a' must be lineage.Shape, not str",
              error(PyTypeError.class, () -> lineage(py, "total_area").call(wrong)));
          assertEquals(
              "area_or_zero() argument 'shape' must be lineage.Shape | None, not int",
              error(PyTypeError.class, () -> lineage(py, "area_or_zero").call(3)));
          assertEquals(
              "as_shape() argument 'circle' must be lineage.Circle, not Square",
              error(
                  PyTypeError.class,
                  () -> lineage(py, "as_shape").call(lineage(py, "Square").call(1))));
          assertEquals(
              "wider() argument 'b' must be lineage.Ring, not Circle",
              error(
                  PyTypeError.class,
                  () -> lineage(py, "wider").call(lineage(py, "Ring").call(1, 2), circle)));
        });
  }
}
