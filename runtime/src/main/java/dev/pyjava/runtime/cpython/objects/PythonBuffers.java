package dev.pyjava.runtime.cpython.objects;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import dev.pyjava.runtime.BufferMismatch;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.BufferApi;
import dev.pyjava.runtime.cpython.ffi.layout.BufferLayout;
import dev.pyjava.runtime.def.ItemType;
import dev.pyjava.runtime.exceptions.PyException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Arguments read through the buffer protocol: {@code PyObject_GetBuffer} on the argument, then a
 * copy of its items into a Java array, or a {@code java.nio} view of its memory that lives until
 * the argument's call returns ({@link CallScope#onClose}), when the view's arena is closed (using
 * a kept view then throws {@link IllegalStateException}) and {@code PyBuffer_Release} lets the
 * exporter go. GIL held.
 */
public final class PythonBuffers {
  private PythonBuffers() {}

  private static final byte C_ORDER = 'C';

  /**
   * The items of {@code object}'s buffer copied into a new Java array of {@code item}, or {@code
   * null} when it exports no buffer.
   *
   * @throws BufferMismatch when its items are of another format
   */
  public static Object copy(CPyObject object, ItemType item) {
    long address = object.address();
    if (BufferApi.PyObject_CheckBuffer(address) == 0) {
      return null;
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment view = arena.allocate(BufferLayout.PY_BUFFER);
      get(address, view);
      try {
        checkFormat(object, view, item);
        long length = view.get(JAVA_LONG, BufferLayout.LEN);
        long count = length / item.itemSize();
        if (count > Integer.MAX_VALUE - 8) {
          throw bufferError(
              "a buffer of " + count + " items is too large for a Java array (at most "
                  + (Integer.MAX_VALUE - 8) + ")");
        }
        MemorySegment items;
        if (BufferApi.PyBuffer_IsContiguous(view.address(), C_ORDER) == 1) {
          items = memory(view, length);
        } else {
          items = arena.allocate(Math.max(length, 1), Long.BYTES);
          PythonErrors.nonNegative(
              BufferApi.PyBuffer_ToContiguous(items.address(), view.address(), length, C_ORDER));
        }
        return copyItems(items, item, (int) count);
      } finally {
        BufferApi.PyBuffer_Release(view.address());
      }
    }
  }

  /**
   * A view of {@code object}'s memory as the buffer of {@code item}, read-only unless the exporter
   * allows writing, valid until the call {@code object} is an argument of returns; {@code null}
   * when it exports no buffer.
   *
   * @throws BufferMismatch when its items are of another format or it is not C-contiguous
   * @throws IllegalStateException when {@code object} is not an argument of a running call
   */
  public static Buffer view(CPyObject object, ItemType item) {
    CallScope scope = object.scope();
    if (scope == null) {
      throw new IllegalStateException(
          "a java.nio view of a Python buffer lives only as long as the call it is an argument of:"
              + " declare the buffer as a parameter of a pyjava function");
    }
    long address = object.address();
    if (BufferApi.PyObject_CheckBuffer(address) == 0) {
      return null;
    }
    Arena struct = Arena.ofConfined();
    MemorySegment view = struct.allocate(BufferLayout.PY_BUFFER);
    try {
      get(address, view);
    } catch (RuntimeException failure) {
      struct.close();
      throw failure;
    }
    Arena lifetime;
    ByteBuffer bytes;
    try {
      checkFormat(object, view, item);
      if (BufferApi.PyBuffer_IsContiguous(view.address(), C_ORDER) == 0) {
        throw BufferMismatch.notContiguous(object.typeName());
      }
      long length = view.get(JAVA_LONG, BufferLayout.LEN);
      if (length > Integer.MAX_VALUE) {
        throw bufferError(
            "a buffer of " + length + " bytes is too large for a java.nio view (at most "
                + Integer.MAX_VALUE + ")");
      }
      lifetime = Arena.ofShared();
      bytes = memory(view, length).reinterpret(lifetime, null).asByteBuffer();
    } catch (RuntimeException failure) {
      BufferApi.PyBuffer_Release(view.address());
      struct.close();
      throw failure;
    }
    scope.onClose(() -> release(lifetime, view, struct));
    boolean readOnly = view.get(JAVA_INT, BufferLayout.READONLY) != 0;
    return item.view(readOnly ? bytes.asReadOnlyBuffer() : bytes);
  }

  /**
   * Ends a view: closes its arena, so Java code that kept it cannot reach the memory, then
   * releases the buffer. If a thread the call left running is inside the memory right now, the
   * arena cannot close: the buffer is kept (a leak) rather than freed under that thread.
   */
  private static void release(Arena lifetime, MemorySegment view, Arena struct) {
    try {
      lifetime.close();
    } catch (IllegalStateException inUse) {
      return;
    }
    BufferApi.PyBuffer_Release(view.address());
    struct.close();
  }

  private static void get(long object, MemorySegment view) {
    PythonErrors.nonNegative(
        BufferApi.PyObject_GetBuffer(object, view.address(), BufferLayout.RECORDS_RO));
  }

  private static MemorySegment memory(MemorySegment view, long length) {
    return MemorySegment.ofAddress(view.get(JAVA_LONG, BufferLayout.BUF)).reinterpret(length);
  }

  private static void checkFormat(CPyObject object, MemorySegment view, ItemType item) {
    long formatAddress = view.get(JAVA_LONG, BufferLayout.FORMAT);
    String format = formatAddress == 0 ? "B" : NativeMemory.readCString(formatAddress);
    if (!item.matches(format, view.get(JAVA_LONG, BufferLayout.ITEMSIZE))) {
      throw BufferMismatch.format(object.typeName(), format);
    }
  }

  private static Object copyItems(MemorySegment items, ItemType item, int count) {
    return switch (item) {
      case BYTE -> copy(items, JAVA_BYTE, new byte[count], count);
      case SHORT -> copy(items, JAVA_SHORT_UNALIGNED, new short[count], count);
      case INT -> copy(items, JAVA_INT_UNALIGNED, new int[count], count);
      case LONG -> copy(items, JAVA_LONG_UNALIGNED, new long[count], count);
      case FLOAT -> copy(items, JAVA_FLOAT_UNALIGNED, new float[count], count);
      case DOUBLE -> copy(items, JAVA_DOUBLE_UNALIGNED, new double[count], count);
    };
  }

  private static Object copy(MemorySegment items, ValueLayout layout, Object array, int count) {
    MemorySegment.copy(items, layout, 0, array, 0, count);
    return array;
  }

  private static PyException bufferError(String message) {
    return new PyException("BufferError", message, List.of(message));
  }
}
