package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code longobject.h}, {@code floatobject.h}, {@code boolobject.h}: int, float and
 * bool. Pointers are {@code long} addresses; each method says whether a result is a new or a
 * borrowed reference. Every function needs the GIL. Bound as {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class NumberApi {
  private NumberApi() {}

  /** {@code Py_True}. */
  public static final long TRUE = Bindings.symbol("_Py_TrueStruct");

  /** {@code Py_False}. */
  public static final long FALSE = Bindings.symbol("_Py_FalseStruct");

  /** {@code &PyBool_Type}. */
  public static final long BOOL_TYPE = Bindings.symbol("PyBool_Type");

  /** {@code &PyLong_Type}. */
  public static final long LONG_TYPE = Bindings.symbol("PyLong_Type");

  /** {@code &PyFloat_Type}. */
  public static final long FLOAT_TYPE = Bindings.symbol("PyFloat_Type");

  private static final class PyLongFromLongLong {
    static final MethodHandle HANDLE = Bindings.function("PyLong_FromLongLong", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** An int; new reference. */
  public static long PyLong_FromLongLong(long value) {
    try {
      return (long) PyLongFromLongLong.HANDLE.invokeExact(value);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyLongAsLong {
    static final MethodHandle HANDLE = Bindings.function("PyLong_AsLong", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** The value of an int; -1 with OverflowError set if it does not fit a C long. */
  public static long PyLong_AsLong(long o) {
    try {
      return (long) PyLongAsLong.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyLongAsLongAndOverflow {
    static final MethodHandle HANDLE = Bindings.function("PyLong_AsLongAndOverflow", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG), Bindings.CRITICAL);
  }

  /** The value of an int (or subclass: then it never raises nor runs Python code); -1 with {@code *overflowOut} set to 1 or -1 if it does not fit a C long. */
  public static long PyLong_AsLongAndOverflow(long o, long overflowOut) {
    try {
      return (long) PyLongAsLongAndOverflow.HANDLE.invokeExact(o, overflowOut);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyLongFromString {
    static final MethodHandle HANDLE = Bindings.function("PyLong_FromString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT));
  }

  /** An int parsed from text; new reference. */
  public static long PyLong_FromString(long text, long endOut, int base) {
    try {
      return (long) PyLongFromString.HANDLE.invokeExact(text, endOut, base);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyNumberToBase {
    static final MethodHandle HANDLE = Bindings.function("PyNumber_ToBase", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));
  }

  /** The int as a str in base 2, 8, 10 or 16 with prefix; new reference. */
  public static long PyNumber_ToBase(long o, int base) {
    try {
      return (long) PyNumberToBase.HANDLE.invokeExact(o, base);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyFloatFromDouble {
    static final MethodHandle HANDLE = Bindings.function("PyFloat_FromDouble", FunctionDescriptor.of(JAVA_LONG, JAVA_DOUBLE));
  }

  /** A float; new reference. */
  public static long PyFloat_FromDouble(double value) {
    try {
      return (long) PyFloatFromDouble.HANDLE.invokeExact(value);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyFloatAsDouble {
    static final MethodHandle HANDLE = Bindings.function("PyFloat_AsDouble", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_LONG), Bindings.CRITICAL);
  }

  /** The value of a float or float subclass (only these: others may run {@code __float__}, which a critical call must not). */
  public static double PyFloat_AsDouble(long o) {
    try {
      return (double) PyFloatAsDouble.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyLongFromLongLongCritical {
    static final MethodHandle HANDLE =
        Bindings.function("PyLong_FromLongLong", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Bindings.CRITICAL);
  }

  /**
   * {@link #PyLong_FromLongLong}, linked critical for the per-call fast path: safe because an int
   * is not tracked by the cyclic GC (no collection or finalizer can run) and a valid input makes
   * no exception object.
   */
  public static long PyLong_FromLongLongCritical(long value) {
    try {
      return (long) PyLongFromLongLongCritical.HANDLE.invokeExact(value);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyFloatFromDoubleCritical {
    static final MethodHandle HANDLE =
        Bindings.function("PyFloat_FromDouble", FunctionDescriptor.of(JAVA_LONG, JAVA_DOUBLE), Bindings.CRITICAL);
  }

  /** {@link #PyFloat_FromDouble}, linked critical for the per-call fast path (as above). */
  public static long PyFloat_FromDoubleCritical(double value) {
    try {
      return (long) PyFloatFromDoubleCritical.HANDLE.invokeExact(value);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
