package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The buffer protocol ({@code pybuffer.h}): getting, releasing and copying a {@code Py_buffer}
 * ({@code ffi.layout.BufferLayout}). Pointers are {@code long} addresses. Every function needs
 * the GIL. Bound as {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class BufferApi {
  private BufferApi() {}

  private static final class PyObjectCheckBuffer {
    static final MethodHandle HANDLE =
        Bindings.function("PyObject_CheckBuffer", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
  }

  /** 1 if {@code o} exports the buffer protocol, else 0; never fails. */
  public static int PyObject_CheckBuffer(long o) {
    try {
      return (int) PyObjectCheckBuffer.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectGetBuffer {
    static final MethodHandle HANDLE =
        Bindings.function(
            "PyObject_GetBuffer", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT));
  }

  /**
   * Fills the {@code Py_buffer} at {@code view} with {@code o}'s buffer as {@code flags} ask,
   * taking a reference to {@code o}: 0, or -1 with an exception set. May run Python code.
   */
  public static int PyObject_GetBuffer(long o, long view, int flags) {
    try {
      return (int) PyObjectGetBuffer.HANDLE.invokeExact(o, view, flags);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyBufferRelease {
    static final MethodHandle HANDLE =
        Bindings.function("PyBuffer_Release", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Releases the buffer at {@code view} and the reference it holds. May run Python code. */
  public static void PyBuffer_Release(long view) {
    try {
      PyBufferRelease.HANDLE.invokeExact(view);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyBufferIsContiguous {
    static final MethodHandle HANDLE =
        Bindings.function(
            "PyBuffer_IsContiguous", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_BYTE));
  }

  /** 1 if the buffer at {@code view} is contiguous in {@code order} ('C', 'F' or 'A'), else 0. */
  public static int PyBuffer_IsContiguous(long view, byte order) {
    try {
      return (int) PyBufferIsContiguous.HANDLE.invokeExact(view, order);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyBufferToContiguous {
    static final MethodHandle HANDLE =
        Bindings.function(
            "PyBuffer_ToContiguous",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_BYTE));
  }

  /**
   * Copies {@code len} bytes of the buffer at {@code view} to {@code buf} in {@code order}: 0, or
   * -1 with an exception set.
   */
  public static int PyBuffer_ToContiguous(long buf, long view, long len, byte order) {
    try {
      return (int) PyBufferToContiguous.HANDLE.invokeExact(buf, view, len, order);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
