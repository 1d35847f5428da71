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
  void theSmallerScalarsAndBigIntegerTakeTheirRanges() {
    PyType shortType = PyType.scalar(Kind.SHORT, false);
    PyType byteType = PyType.scalar(Kind.BYTE, false);
    PyType charType = PyType.scalar(Kind.CHAR, false);
    PyType floatType = PyType.scalar(Kind.FLOAT, false);
    PyType big = PyType.scalar(Kind.BIG_INTEGER, false);
    assertTrue(fits("-32768", shortType));
    assertFalse(fits("32768", shortType));
    assertTrue(fits("127", byteType));
    assertFalse(fits("-129", byteType));
    assertTrue(fits("'x'", charType));
    assertFalse(fits("'xy'", charType));
    assertFalse(fits("'\uD83D\uDE00'", charType));
    assertTrue(fits("1", floatType));
    assertTrue(fits("-99999999999999999999999", big));
    assertFalse(fits("1.0", big));
    assertEquals("(short) -2", javaValue("-2", shortType));
    assertEquals("(byte) 5", javaValue("5", byteType));
    assertEquals("(char) 120", javaValue("'x'", charType));
    assertEquals("(float) 0.5", javaValue("0.5", floatType));
    assertEquals("new java.math.BigInteger(\"-1\")", javaValue("-1", big));
    assertEquals("an int from -128 to 127", Defaults.accepted(byteType));
    assertEquals("a str of one character", Defaults.accepted(charType));
  }

  @Test
  void objectTakesAnyLiteralAsItsNaturalJavaValue() {
    PyType any = PyType.scalar(Kind.ANY, false);
    assertEquals("null", javaValue("None", any));
    assertEquals("true", javaValue("True", any));
    assertEquals("3L", javaValue("3", any));
    assertEquals(
        "new java.math.BigInteger(\"9223372036854775808\")",
        javaValue("9223372036854775808", any));
    assertEquals("2.5", javaValue("2.5", any));
    assertEquals("\"s\"", javaValue("'s'", any));
    assertEquals("an int, a float, a str, True or False, or None", Defaults.accepted(any));
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
