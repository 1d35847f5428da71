package dev.pyjava.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.processor.PyType.Kind;
import org.junit.jupiter.api.Test;

class DefaultsTest {
  private static final PyType INT = PyType.scalar(Kind.INT, false);
  private static final PyType BOXED_INT = PyType.scalar(Kind.INT, true);
  private static final PyType LONG = PyType.scalar(Kind.LONG, false);
  private static final PyType DOUBLE = PyType.scalar(Kind.DOUBLE, false);
  private static final PyType BOOLEAN = PyType.scalar(Kind.BOOLEAN, false);
  private static final PyType STRING = PyType.scalar(Kind.STRING, false);
  private static final PyType OPTIONAL_STRING = PyType.container(Kind.OPTIONAL, STRING);
  private static final PyType LIST_OF_INT = PyType.container(Kind.LIST, BOXED_INT);

  @Test
  void intsFitIntegralTypesInRangeAndDoubles() {
    assertTrue(fits("2147483647", INT));
    assertFalse(fits("2147483648", INT));
    assertTrue(fits("-2147483648", INT));
    assertTrue(fits("2147483648", LONG));
    assertFalse(fits("9223372036854775808", LONG));
    assertTrue(fits("10", DOUBLE));
    assertFalse(fits("10.0", INT));
  }

  @Test
  void noneFitsOnlyBoxesAndOptionals() {
    assertTrue(fits("None", BOXED_INT));
    assertTrue(fits("None", OPTIONAL_STRING));
    assertFalse(fits("None", INT));
    assertFalse(fits("None", STRING));
    assertFalse(fits("None", LIST_OF_INT));
  }

  @Test
  void otherLiteralsFitTheirOwnTypes() {
    assertTrue(fits("True", BOOLEAN));
    assertFalse(fits("1", BOOLEAN));
    assertTrue(fits("'x'", STRING));
    assertTrue(fits("'x'", OPTIONAL_STRING));
    assertFalse(fits("'x'", INT));
    assertFalse(fits("1", LIST_OF_INT));
    assertFalse(fits("1", PyType.object("PyObject")));
  }

  @Test
  void javaValuesHaveTheParameterType() {
    assertEquals("10", javaValue("10", INT));
    assertEquals("10L", javaValue("10", LONG));
    assertEquals("10.0", javaValue("10", DOUBLE));
    assertEquals("1.0E300", javaValue("1e300", DOUBLE));
    assertEquals("Double.POSITIVE_INFINITY", javaValue("1e999", DOUBLE));
    assertEquals("\"a\\n\"", javaValue("'a\\n'", STRING));
    assertEquals("true", javaValue("True", BOOLEAN));
    assertEquals("null", javaValue("None", BOXED_INT));
    assertEquals("java.util.Optional.empty()", javaValue("None", OPTIONAL_STRING));
    assertEquals("java.util.Optional.of(\"x\")", javaValue("'x'", OPTIONAL_STRING));
  }

  @Test
  void acceptedNamesTheFix() {
    assertEquals("an int from -2147483648 to 2147483647", Defaults.accepted(INT));
    assertEquals("a str, or None", Defaults.accepted(OPTIONAL_STRING));
    assertEquals("None", Defaults.accepted(PyType.container(Kind.OPTIONAL, LIST_OF_INT)));
    assertEquals(
        "no default: List<Integer> parameters cannot have one", Defaults.accepted(LIST_OF_INT));
  }

  private static boolean fits(String literal, PyType type) {
    return Defaults.fits(literal(literal), type);
  }

  private static String javaValue(String literal, PyType type) {
    return Defaults.javaValue(literal(literal), type).toString();
  }

  private static PythonLiteral literal(String text) {
    ParsedSignature.Items items = (ParsedSignature.Items) SignatureParser.parse("(x=" + text + ")");
    return ((ParsedSignature.Name) items.items().get(0)).defaultValue();
  }
}
