package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of iteration ({@code abstract.h}): {@code iter()}, {@code next()} and whether an object
 * is a sequence, for Java code reading a Python iterable; and {@code PyErr_WriteUnraisable}, for a
 * Java stream whose {@code close()} fails while its Python iterator is freed. Pointers are {@code
 * long} addresses. Every function needs the GIL. Bound as {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class IterationApi {
  private IterationApi() {}

  private static final class PyObjectGetIter {
    static final MethodHandle HANDLE =
        Bindings.function("PyObject_GetIter", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code iter(o)}: a new reference, or NULL with an exception set. */
  public static long PyObject_GetIter(long o) {
    try {
      return (long) PyObjectGetIter.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyIterNext {
    static final MethodHandle HANDLE =
        Bindings.function("PyIter_Next", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /**
   * {@code next(iterator)}: a new reference; NULL with no exception set at the end, NULL with one
   * set when the iterator raised.
   */
  public static long PyIter_Next(long iterator) {
    try {
      return (long) PyIterNext.HANDLE.invokeExact(iterator);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PySequenceCheck {
    static final MethodHandle HANDLE =
        Bindings.function("PySequence_Check", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
  }

  /** 1 when {@code o} has the sequence protocol ({@code __getitem__}, not a dict), else 0. */
  public static int PySequence_Check(long o) {
    try {
      return (int) PySequenceCheck.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyErrWriteUnraisable {
    static final MethodHandle HANDLE =
        Bindings.function("PyErr_WriteUnraisable", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /**
   * Reports the pending exception through {@code sys.unraisablehook} and clears it; {@code obj}
   * (may be NULL) names where it happened.
   */
  public static void PyErr_WriteUnraisable(long obj) {
    try {
      PyErrWriteUnraisable.HANDLE.invokeExact(obj);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
