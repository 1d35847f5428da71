package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code pyerrors.h}: the current exception, raising, and signals. Pointers are
 * {@code long} addresses; each method says whether a result is a new or a borrowed reference.
 * Every function needs the GIL. Bound as {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class ErrorApi {
  private ErrorApi() {}

  /** {@code PyExc_RuntimeError}: read from the pointer variable. */
  public static final long EXC_RUNTIME_ERROR = NativeMemory.readPointer(Bindings.symbol("PyExc_RuntimeError"));

  /**
   * The object a pointer variable such as {@code PyExc_TypeError} holds, or 0 when this libpython
   * has no variable of that name.
   */
  public static long optionalPointerVariable(String name) {
    return Bindings.optionalPointerVariable(name);
  }

  private static final class PyErrCheckSignals {
    static final MethodHandle HANDLE = Bindings.function("PyErr_CheckSignals", FunctionDescriptor.of(JAVA_INT));
  }

  /**
   * Runs the Python handlers of the signals that arrived (on the main thread only); -1 with the
   * exception set when one raised.
   */
  public static int PyErr_CheckSignals() {
    try {
      return (int) PyErrCheckSignals.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyErrOccurred {
    static final MethodHandle HANDLE = Bindings.function("PyErr_Occurred", FunctionDescriptor.of(JAVA_LONG), Bindings.CRITICAL);
  }

  /** The type of the pending exception (borrowed), or NULL. */
  public static long PyErr_Occurred() {
    try {
      return (long) PyErrOccurred.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyErrFetch {
    static final MethodHandle HANDLE = Bindings.function("PyErr_Fetch", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Takes the pending exception, clearing it. */
  public static void PyErr_Fetch(long typeOut, long valueOut, long tracebackOut) {
    try {
      PyErrFetch.HANDLE.invokeExact(typeOut, valueOut, tracebackOut);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyErrNormalizeException {
    static final MethodHandle HANDLE = Bindings.function("PyErr_NormalizeException", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Makes a fetched exception an instance of its type. */
  public static void PyErr_NormalizeException(long typeInOut, long valueInOut, long tracebackInOut) {
    try {
      PyErrNormalizeException.HANDLE.invokeExact(typeInOut, valueInOut, tracebackInOut);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyErrSetObject {
    static final MethodHandle HANDLE = Bindings.function("PyErr_SetObject", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));
  }

  /** Raises {@code value} as an exception of {@code type}. */
  public static void PyErr_SetObject(long type, long value) {
    try {
      PyErrSetObject.HANDLE.invokeExact(type, value);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyErrSetString {
    static final MethodHandle HANDLE = Bindings.function("PyErr_SetString", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));
  }

  /** Raises {@code type(message)}. */
  public static void PyErr_SetString(long type, long message) {
    try {
      PyErrSetString.HANDLE.invokeExact(type, message);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyErrClear {
    static final MethodHandle HANDLE = Bindings.function("PyErr_Clear", FunctionDescriptor.ofVoid());
  }

  /** Clears the pending exception. */
  public static void PyErr_Clear() {
    try {
      PyErrClear.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyErrNewExceptionWithDoc {
    static final MethodHandle HANDLE = Bindings.function("PyErr_NewExceptionWithDoc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /**
   * A new reference to a new exception class named {@code name} ({@code module.Name}, a C
   * string), with the docstring {@code doc} (a C string or NULL), subclassing {@code base}, with
   * the class dict {@code dict} (NULL for none); NULL with the exception set on failure.
   */
  public static long PyErr_NewExceptionWithDoc(long name, long doc, long base, long dict) {
    try {
      return (long) PyErrNewExceptionWithDoc.HANDLE.invokeExact(name, doc, base, dict);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyExceptionSetTraceback {
    static final MethodHandle HANDLE = Bindings.function("PyException_SetTraceback", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  /** Sets {@code exception.__traceback__}. */
  public static int PyException_SetTraceback(long exception, long traceback) {
    try {
      return (int) PyExceptionSetTraceback.HANDLE.invokeExact(exception, traceback);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
