package dev.pyjava.examples.buffers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The generated test-scope {@code pyjava_buffers} module on the pure-Java backend, which has no
 * buffer protocol: arrays from lists and tuples, lists back, a {@code ByteBuffer} over bytes, and
 * CPython's messages for the rest ({@code test_buffers.py} checks the buffer protocol).
 */
class BuffersModuleTest {
  private static <T> T gil(Function<Python, T> body) {
    return Python.withGil(body);
  }

  private static PyObject function(Python py, String name) {
    return py.importModule("pyjava_buffers").getAttr(name);
  }

  @Test
  void arraysComeFromListsAndGoBackAsLists() {
    assertEquals("[1, -2]", gil(py -> function(py, "echo_shorts").call(List.of(1, -2)).repr()));
    assertEquals("[3]", gil(py -> function(py, "echo_ints").call(List.of(3)).repr()));
    assertEquals("[0.5]", gil(py -> function(py, "echo_floats").call(List.of(0.5)).repr()));
    assertEquals("[2.0]", gil(py -> function(py, "echo_doubles").call(List.of(2)).repr()));
    assertEquals(
        "6.0",
        gil(py -> function(py, "sum_all").call(List.of(List.of(1.0, 2.0), List.of(3))).repr()));
  }

  @Test
  void wrongItemsAndOverflowsHaveCPythonsMessages() {
    assertEquals(
        "echo_longs() argument 'values' item 1 must be int, not str",
        gil(
            py ->
                assertThrows(
                        PyTypeError.class, () -> function(py, "echo_longs").call(List.of(1, "x")))
                    .message()));
    assertEquals(
        "signed short integer is greater than maximum",
        gil(
            py ->
                assertThrows(
                        PyOverflowError.class,
                        () -> function(py, "echo_shorts").call(List.of(40_000)))
                    .message()));
  }

  @Test
  void aByteBufferViewsBytes() {
    assertEquals("3", gil(py -> function(py, "byte_length").call((Object) new byte[3]).repr()));
    assertEquals(
        "[2, 256]",
        gil(py -> function(py, "byte_sum").call((Object) new byte[] {1, (byte) 0xff}).repr()));
  }

  @Test
  void typedBuffersNeedTheBufferProtocol() {
    assertEquals(
        "view_sum() argument 'values' must be a C-contiguous buffer of format 'd', not list",
        gil(
            py ->
                assertThrows(
                        PyTypeError.class, () -> function(py, "view_sum").call(List.of(1.0)))
                    .message()));
  }
}
