package dev.pyjava.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ItemType;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Primitive arrays and {@code java.nio} buffers through {@link Conversions} on the pure-Java
 * backend, which has no buffer protocol: arrays from lists and tuples, results as lists, a {@code
 * ByteBuffer} from bytes. (The buffer protocol is CPython's: {@code cpython.BufferTest} and
 * {@code test_buffers.py}.)
 */
class ArrayConversionsTest {
  private static <T> T gil(Function<Python, T> body) {
    return Python.withGil(body);
  }

  private static Object toJava(PyObject value, TypeSpec type) {
    Parameter p = Parameter.required("xs", type, ParameterKind.POSITIONAL_OR_KEYWORD);
    FunctionDef f = FunctionDef.builder("f").parameter(p).build((py, args) -> null);
    return Conversions.toJava(value, type, f, p);
  }

  private static Object convert(Object value, TypeSpec type) {
    return gil(py -> toJava(py.toPython(value), type));
  }

  private static <E extends Throwable> String error(Class<E> kind, Object value, TypeSpec type) {
    return gil(py -> assertThrows(kind, () -> toJava(py.toPython(value), type)).getMessage());
  }

  /** The repr of {@code array} as the result of an array of {@code item}. */
  private static String result(ItemType item, Object array) {
    return gil(py -> Conversions.fromJava(py, TypeSpec.array(item), array).repr());
  }

  @Test
  void listsAndTuplesBecomeEachPrimitiveArray() {
    assertArrayEquals(
        new short[] {1, -2, Short.MAX_VALUE},
        (short[]) convert(List.of(1, -2, 32767), TypeSpec.array(ItemType.SHORT)));
    assertArrayEquals(
        new int[] {1, Integer.MIN_VALUE},
        (int[]) convert(List.of(1, Integer.MIN_VALUE), TypeSpec.array(ItemType.INT)));
    assertArrayEquals(
        new long[] {Long.MAX_VALUE, 1},
        (long[]) convert(List.of(Long.MAX_VALUE, true), TypeSpec.array(ItemType.LONG)));
    assertArrayEquals(
        new float[] {0.5f, 2f}, (float[]) convert(List.of(0.5, 2), TypeSpec.array(ItemType.FLOAT)));
    double[] fromTuple =
        gil(
            py -> {
              Backend backend = py.backend();
              PyObject tuple = backend.tuple(List.of(backend.floating(1.5), backend.integer(2)));
              return (double[]) toJava(tuple, TypeSpec.array(ItemType.DOUBLE));
            });
    assertArrayEquals(new double[] {1.5, 2.0}, fromTuple);
  }

  @Test
  void aWrongItemNamesTheArgumentAndIndex() {
    assertEquals(
        "f() argument 'xs' item 1 must be int, not str",
        error(PyTypeError.class, List.of(1, "x"), TypeSpec.array(ItemType.INT)));
    assertEquals(
        "f() argument 'xs' item 0 must be float, not str",
        error(PyTypeError.class, List.of("x"), TypeSpec.array(ItemType.DOUBLE)));
  }

  @Test
  void itemsTooLargeAreOverflowErrorsInCPythonsWords() {
    assertEquals(
        "signed short integer is greater than maximum",
        error(PyOverflowError.class, List.of(32768), TypeSpec.array(ItemType.SHORT)));
    assertEquals(
        "signed short integer is less than minimum",
        error(
            PyOverflowError.class,
            List.of(BigInteger.TWO.pow(62).negate()),
            TypeSpec.array(ItemType.SHORT)));
    assertEquals(
        "Python int too large to convert to C int",
        error(PyOverflowError.class, List.of(1L << 31), TypeSpec.array(ItemType.INT)));
  }

  @Test
  void withoutTheBufferProtocolAnythingElseIsATypeError() {
    assertEquals(
        "f() argument 'xs' must be list[float] or a buffer of format 'd', not bytes",
        error(PyTypeError.class, new byte[] {1}, TypeSpec.array(ItemType.DOUBLE)));
    assertEquals(
        "f() argument 'xs' must be a C-contiguous buffer of format 'q', not list",
        error(PyTypeError.class, List.of(1), TypeSpec.buffer(ItemType.LONG)));
    assertEquals(
        "f() argument 'xs' must be a C-contiguous buffer, not str",
        error(PyTypeError.class, "x", TypeSpec.buffer(ItemType.BYTE)));
  }

  @Test
  void aByteBufferTakesBytesReadOnly() {
    ByteBuffer view = (ByteBuffer) convert(new byte[] {7, 8}, TypeSpec.buffer(ItemType.BYTE));
    assertTrue(view.isReadOnly());
    assertEquals(2, view.limit());
    assertEquals(8, view.get(1));
  }

  @Test
  void arrayResultsAreListsOfIntsOrFloats() {
    assertEquals("[1, -2]", result(ItemType.SHORT, new short[] {1, -2}));
    assertEquals("[9223372036854775807]", result(ItemType.LONG, new long[] {Long.MAX_VALUE}));
    assertEquals("[0.5, 2.0]", result(ItemType.FLOAT, new float[] {0.5f, 2f}));
    assertEquals("[]", result(ItemType.DOUBLE, new double[0]));
  }

  @Test
  void formatsMatchByCodeSizeAndNativeOrder() {
    assertTrue(ItemType.DOUBLE.matches("d", 8));
    assertTrue(ItemType.DOUBLE.matches("@d", 8));
    assertTrue(ItemType.DOUBLE.matches("=d", 8));
    assertTrue(ItemType.LONG.matches("l", 8));
    assertTrue(ItemType.INT.matches("=l", 4));
    assertTrue(ItemType.BYTE.matches("d", 8));
    assertFalse(ItemType.LONG.matches("l", 4));
    assertFalse(ItemType.LONG.matches("Q", 8));
    assertFalse(ItemType.DOUBLE.matches("dd", 16));
    assertFalse(ItemType.DOUBLE.matches(null, 8));
    String foreign = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? ">d" : "<d";
    assertFalse(ItemType.DOUBLE.matches(foreign, 8));
  }
}
