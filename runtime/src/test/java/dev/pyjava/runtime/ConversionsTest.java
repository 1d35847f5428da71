package dev.pyjava.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ConversionsTest {
  private static <T> T gil(Function<Python, T> body) {
    return Python.withGil(body);
  }

  /** {@code toJava} for parameter {@code name} of function {@code f}. */
  private static Object toJava(PyObject value, TypeSpec type, String name) {
    Parameter p = Parameter.required(name, type, ParameterKind.POSITIONAL_OR_KEYWORD);
    FunctionDef f = FunctionDef.builder("f").parameter(p).build((py, args) -> null);
    return Conversions.toJava(value, type, f, p);
  }

  private static Object toJava(PyObject value, TypeSpec type) {
    return toJava(value, type, "x");
  }

  /** The TypeError message converting {@code value} (made from Java) to {@code type}. */
  private static String typeError(Object value, TypeSpec type, String name) {
    return gil(py -> assertThrows(
        PyTypeError.class, () -> toJava(py.toPython(value), type, name)).message());
  }

  private static String overflow(Object value, TypeSpec type) {
    return gil(py -> assertThrows(
        PyOverflowError.class, () -> toJava(py.toPython(value), type)).message());
  }

  private static Object convert(Object value, TypeSpec type) {
    return gil(py -> toJava(py.toPython(value), type));
  }

  private static final BigInteger TWO_TO_THE_63 = BigInteger.TWO.pow(63);

  @Test
  void intTakesIntAndBool() {
    assertEquals(5, convert(5, TypeSpec.INT));
    assertEquals(-7, convert(-7L, TypeSpec.INT));
    assertEquals(1, convert(true, TypeSpec.INT));
    assertEquals(0, convert(false, TypeSpec.INT));
    assertEquals(Integer.MAX_VALUE, convert(Integer.MAX_VALUE, TypeSpec.INT));
    assertEquals(Integer.MIN_VALUE, convert(Integer.MIN_VALUE, TypeSpec.INT));
  }

  @Test
  void intRejectsFloatStrAndNone() {
    assertEquals("f() argument 'n' must be int, not float", typeError(1.0, TypeSpec.INT, "n"));
    assertEquals("f() argument 'n' must be int, not str", typeError("1", TypeSpec.INT, "n"));
    assertEquals("f() argument 'n' must be int, not NoneType", typeError(null, TypeSpec.INT, "n"));
  }

  @Test
  void intOverflowUsesCPythonWording() {
    String message = "Python int too large to convert to C int";
    assertEquals(message, overflow(Integer.MAX_VALUE + 1L, TypeSpec.INT));
    assertEquals(message, overflow(Integer.MIN_VALUE - 1L, TypeSpec.INT));
    assertEquals(message, overflow(TWO_TO_THE_63, TypeSpec.INT));
    assertEquals(message, overflow(TWO_TO_THE_63, TypeSpec.BOXED_INT));
  }

  @Test
  void longTakesTheWholeLongRange() {
    assertEquals(Long.MAX_VALUE, convert(Long.MAX_VALUE, TypeSpec.LONG));
    assertEquals(Long.MIN_VALUE, convert(Long.MIN_VALUE, TypeSpec.LONG));
    assertEquals(1L, convert(true, TypeSpec.LONG));
    assertEquals("Python int too large to convert to C long", overflow(TWO_TO_THE_63, TypeSpec.LONG));
    assertEquals(
        "Python int too large to convert to C long",
        overflow(TWO_TO_THE_63.negate().subtract(BigInteger.ONE), TypeSpec.LONG));
    assertEquals("f() argument 'x' must be int, not float", typeError(2.0, TypeSpec.LONG, "x"));
  }

  @Test
  void boxedNumbersTakeNone() {
    assertNull(convert(null, TypeSpec.BOXED_INT));
    assertNull(convert(null, TypeSpec.BOXED_LONG));
    assertNull(convert(null, TypeSpec.BOXED_DOUBLE));
    assertNull(convert(null, TypeSpec.BOXED_BOOLEAN));
    assertEquals(3, convert(3, TypeSpec.BOXED_INT));
    assertEquals(3L, convert(3, TypeSpec.BOXED_LONG));
    assertEquals(3.0, convert(3, TypeSpec.BOXED_DOUBLE));
    assertEquals(true, convert(true, TypeSpec.BOXED_BOOLEAN));
    assertEquals(
        "f() argument 'x' must be int | None, not str", typeError("a", TypeSpec.BOXED_INT, "x"));
    assertEquals(
        "f() argument 'x' must be bool | None, not int", typeError(1, TypeSpec.BOXED_BOOLEAN, "x"));
  }

  @Test
  void doubleTakesFloatIntAndBool() {
    assertEquals(1.5, convert(1.5, TypeSpec.DOUBLE));
    assertEquals(3.0, convert(3, TypeSpec.DOUBLE));
    assertEquals(1.0, convert(true, TypeSpec.DOUBLE));
    assertEquals(0x1p70, convert(BigInteger.TWO.pow(70), TypeSpec.DOUBLE));
    assertEquals(
        "int too large to convert to float", overflow(BigInteger.TEN.pow(400), TypeSpec.DOUBLE));
    assertEquals("f() argument 'x' must be float, not str", typeError("1", TypeSpec.DOUBLE, "x"));
    assertEquals(
        "f() argument 'x' must be float, not NoneType", typeError(null, TypeSpec.DOUBLE, "x"));
  }

  @Test
  void booleanTakesOnlyBool() {
    assertEquals(true, convert(true, TypeSpec.BOOLEAN));
    assertEquals(false, convert(false, TypeSpec.BOOLEAN));
    assertEquals("f() argument 'x' must be bool, not int", typeError(1, TypeSpec.BOOLEAN, "x"));
    assertEquals(
        "f() argument 'x' must be bool, not NoneType", typeError(null, TypeSpec.BOOLEAN, "x"));
  }

  @Test
  void stringTakesOnlyStr() {
    assertEquals("héllo 😀", convert("héllo 😀", TypeSpec.STRING));
    assertEquals(
        "f() argument 'path' must be str, not int", typeError(1, TypeSpec.STRING, "path"));
    assertEquals(
        "f() argument 'path' must be str, not NoneType", typeError(null, TypeSpec.STRING, "path"));
    assertEquals(
        "f() argument 'path' must be str, not bytes",
        typeError(new byte[] {1}, TypeSpec.STRING, "path"));
  }

  @Test
  void theMessageNamesTheFunction() {
    String message = gil(py -> {
      Parameter path = Parameter.required("path", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY);
      FunctionDef search = FunctionDef.builder("search").parameter(path).build((p, a) -> null);
      return assertThrows(
          PyTypeError.class,
          () -> Conversions.toJava(py.integer(1), TypeSpec.STRING, search, path)).message();
    });
    assertEquals("search() argument 'path' must be str, not int", message);
  }

  @Test
  void withoutFunctionOrParameterTheMessageIsGeneric() {
    String message = gil(py -> assertThrows(
        PyTypeError.class,
        () -> Conversions.toJava(py.integer(1), TypeSpec.STRING, null, null)).message());
    assertEquals("argument must be str, not int", message);
  }

  @Test
  void bytesTakesOnlyBytes() {
    assertArrayEquals(new byte[] {1, -1}, (byte[]) convert(new byte[] {1, -1}, TypeSpec.BYTES));
    assertEquals("f() argument 'x' must be bytes, not str", typeError("a", TypeSpec.BYTES, "x"));
  }

  @Test
  void optionalTakesNoneOrTheElement() {
    TypeSpec type = TypeSpec.optional(TypeSpec.STRING);
    assertEquals(Optional.empty(), convert(null, type));
    assertEquals(Optional.of("a"), convert("a", type));
    assertEquals("f() argument 'x' must be str | None, not int", typeError(1, type, "x"));
  }

  @Test
  void optionalOfListReportsTheBadItem() {
    TypeSpec type = TypeSpec.optional(TypeSpec.list(TypeSpec.INT));
    assertEquals(Optional.of(List.of(1, 2)), convert(List.of(1, 2), type));
    assertEquals(
        "f() argument 'x' item 1 must be int, not str", typeError(List.of(1, "a"), type, "x"));
  }

  @Test
  void listTakesListOrTuple() {
    TypeSpec type = TypeSpec.list(TypeSpec.INT);
    assertEquals(List.of(1, 2, 3), convert(List.of(1, 2, 3), type));
    assertEquals(List.of(4, 5), gil(py -> toJava(py.tuple(4, 5), type)));
    assertEquals(List.of(), convert(List.of(), type));
  }

  @Test
  void listReportsTheBadItem() {
    TypeSpec type = TypeSpec.list(TypeSpec.INT);
    assertEquals(
        "f() argument 'nums' item 1 must be int, not str",
        typeError(List.of(1, "two"), type, "nums"));
    assertEquals(
        "f() argument 'nums' must be list[int], not str", typeError("12", type, "nums"));
    assertEquals(
        "f() argument 'nums' must be list[int], not dict", typeError(Map.of(), type, "nums"));
  }

  @Test
  void nestedListsReportThePath() {
    TypeSpec type = TypeSpec.list(TypeSpec.list(TypeSpec.INT));
    assertEquals(List.of(List.of(1), List.of(2, 3)), convert(List.of(List.of(1), List.of(2, 3)), type));
    assertEquals(
        "f() argument 'grid' item 1 item 0 must be int, not float",
        typeError(List.of(List.of(1), List.of(2.5)), type, "grid"));
  }

  @Test
  void aNoneItemIsATypeErrorUnlessTheItemIsOptional() {
    assertEquals(
        "f() argument 'xs' item 1 must be int, not NoneType",
        typeError(Arrays.asList(1, null), TypeSpec.list(TypeSpec.BOXED_INT), "xs"));
    assertEquals(
        "f() argument 'm' value for key 'k' must be float, not NoneType",
        typeError(Collections.singletonMap("k", null), TypeSpec.map(TypeSpec.BOXED_DOUBLE), "m"));
    assertEquals(
        Arrays.asList(Optional.of(1), Optional.empty()),
        convert(Arrays.asList(1, null), TypeSpec.list(TypeSpec.optional(TypeSpec.BOXED_INT))));
  }

  @Test
  void listItemsOverflowLikeScalars() {
    assertEquals(
        "Python int too large to convert to C int",
        overflow(List.of(1L, 1L << 40), TypeSpec.list(TypeSpec.INT)));
  }

  @Test
  void mapTakesDictWithStrKeysInOrder() {
    Map<String, Object> in = new LinkedHashMap<>();
    in.put("b", 2);
    in.put("a", 1);
    Object out = convert(in, TypeSpec.map(TypeSpec.INT));
    assertEquals(List.of("b", "a"), List.copyOf(((Map<?, ?>) out).keySet()));
    assertEquals(in, out);
  }

  @Test
  void mapReportsBadKeysAndValues() {
    TypeSpec type = TypeSpec.map(TypeSpec.INT);
    assertEquals(
        "f() argument 'counts' key 1 must be str, not int",
        typeError(Map.of(1, 2), type, "counts"));
    assertEquals(
        "f() argument 'counts' value for key 'a' must be int, not str",
        typeError(Map.of("a", "x"), type, "counts"));
    assertEquals(
        "f() argument 'counts' must be dict[str, int], not list",
        typeError(List.of(), type, "counts"));
  }

  @Test
  void objectPassesThroughAfterATypeCheck() {
    gil(py -> {
      PyObject list = py.list(List.of(1));
      assertSame(list, toJava(list, TypeSpec.object(PyList.class)));
      assertSame(list, toJava(list, TypeSpec.object(PyObject.class)));
      PyObject none = py.none();
      assertSame(none, toJava(none, TypeSpec.object(PyObject.class)));
      PyObject bool = py.bool(true);
      assertSame(bool, toJava(bool, TypeSpec.object(PyLong.class)));
      return null;
    });
    assertEquals(
        "f() argument 'items' must be list, not int",
        typeError(1, TypeSpec.object(PyList.class), "items"));
    assertEquals(
        "f() argument 'items' must be dict, not NoneType",
        typeError(null, TypeSpec.object(PyDict.class), "items"));
  }

  @Test
  void voidIsNotAParameterType() {
    assertThrows(IllegalArgumentException.class, () -> convert(1, TypeSpec.VOID));
  }

  private static String result(TypeSpec type, Object value) {
    return gil(py -> Conversions.fromJava(py, type, value).repr());
  }

  @Test
  void resultsConvertPerType() {
    assertEquals("None", result(TypeSpec.VOID, null));
    assertEquals("None", result(TypeSpec.VOID, "ignored"));
    assertEquals("True", result(TypeSpec.BOOLEAN, true));
    assertEquals("False", result(TypeSpec.BOXED_BOOLEAN, false));
    assertEquals("-3", result(TypeSpec.INT, -3));
    assertEquals("9223372036854775807", result(TypeSpec.LONG, Long.MAX_VALUE));
    assertEquals("2.5", result(TypeSpec.DOUBLE, 2.5));
    assertEquals("'it\\'s \"q\"'", result(TypeSpec.STRING, "it's \"q\""));
    assertEquals("b'ab'", result(TypeSpec.BYTES, new byte[] {'a', 'b'}));
    assertEquals("[1, 2]", result(TypeSpec.list(TypeSpec.LONG), List.of(1L, 2L)));
    assertEquals("[1, None]", result(TypeSpec.list(TypeSpec.BOXED_INT), Arrays.asList(1, null)));
    assertEquals(
        "{'a': ['x']}", result(TypeSpec.map(TypeSpec.list(TypeSpec.STRING)), Map.of("a", List.of("x"))));
    assertEquals("None", result(TypeSpec.optional(TypeSpec.INT), Optional.empty()));
    assertEquals("3", result(TypeSpec.optional(TypeSpec.INT), Optional.of(3)));
  }

  @Test
  void aNullResultIsNoneForEveryReferenceType() {
    for (TypeSpec type : List.of(
        TypeSpec.BOXED_INT, TypeSpec.BOXED_LONG, TypeSpec.BOXED_DOUBLE, TypeSpec.BOXED_BOOLEAN,
        TypeSpec.STRING, TypeSpec.BYTES, TypeSpec.list(TypeSpec.INT), TypeSpec.map(TypeSpec.INT),
        TypeSpec.optional(TypeSpec.INT), TypeSpec.object(PyObject.class))) {
      assertEquals("None", result(type, null), type.toString());
    }
  }

  @Test
  void anObjectResultIsItself() {
    gil(py -> {
      PyObject list = py.list(List.of());
      assertSame(list, Conversions.fromJava(py, TypeSpec.object(PyList.class), list));
      return null;
    });
  }

  @Test
  void resultConversionNeedsTheLock() {
    Python py = Python.withGil(p -> p);
    assertThrows(IllegalStateException.class, () -> Conversions.fromJava(py, TypeSpec.INT, 1));
    assertThrows(IllegalStateException.class, () -> Conversions.toPython(py, 1));
  }

  @Test
  void anyJavaValueConverts() {
    gil(py -> {
      assertTrue(Conversions.toPython(py, null).isNone());
      PyObject same = py.str("s");
      assertSame(same, Conversions.toPython(py, same));
      assertEquals("True", Conversions.toPython(py, true).repr());
      assertEquals("1", Conversions.toPython(py, 1).repr());
      assertEquals("2", Conversions.toPython(py, 2L).repr());
      assertEquals("3", Conversions.toPython(py, (short) 3).repr());
      assertEquals("4", Conversions.toPython(py, (byte) 4).repr());
      assertEquals(
          "123456789012345678901234567890",
          Conversions.toPython(py, new BigInteger("123456789012345678901234567890")).repr());
      assertEquals("0.5", Conversions.toPython(py, 0.5).repr());
      assertEquals("0.25", Conversions.toPython(py, 0.25f).repr());
      assertEquals("'x'", Conversions.toPython(py, "x").repr());
      assertEquals("'c'", Conversions.toPython(py, 'c').repr());
      assertEquals("b'\\xff'", Conversions.toPython(py, new byte[] {-1}).repr());
      assertEquals("[[1], []]", Conversions.toPython(py, List.of(List.of(1), List.of())).repr());
      assertEquals("{1: 'one'}", Conversions.toPython(py, Map.of(1, "one")).repr());
      assertEquals("None", Conversions.toPython(py, Optional.empty()).repr());
      assertEquals("'v'", Conversions.toPython(py, Optional.of("v")).repr());
      assertEquals(3, Conversions.toPythonAll(py, List.of(1, "a", 2.0)).size());
      assertEquals("list", Conversions.toPython(py, List.of()).typeName());
      assertEquals("dict", Conversions.toPython(py, Map.of()).typeName());
      return null;
    });
  }

  @Test
  void anUnsupportedJavaValueIsATypeError() {
    String message = gil(py -> assertThrows(
        PyTypeError.class, () -> Conversions.toPython(py, new Object())).message());
    assertTrue(message.startsWith("cannot convert Java java.lang.Object to a Python object"), message);
  }
}
