package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API the protocol slots of pyjava types need ({@code object.h}, {@code abstract.h}, {@code
 * longobject.h}): {@code NotImplemented}, hashing, sizes, the iterator type pyjava makes, and the C
 * functions the fork guard points slot wrappers at. Pointers are {@code long} addresses. Every
 * function needs the GIL. Bound as {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class ProtocolApi {
  private ProtocolApi() {}

  /** {@code Py_NotImplemented}: the address of {@code _Py_NotImplementedStruct}. */
  public static final long NOT_IMPLEMENTED = Bindings.symbol("_Py_NotImplementedStruct");

  /** {@code &PyBaseObject_Type}, {@code object}. */
  public static final long OBJECT_TYPE = Bindings.symbol("PyBaseObject_Type");

  /** {@code PyObject_SelfIter}, as a C function pointer: the {@code tp_iter} of an iterator. */
  public static final long SELF_ITER_FUNCTION = Bindings.symbol("PyObject_SelfIter");

  /** {@code PyObject_Size}, as a C function pointer (the fork guard points slot wrappers at it). */
  public static final long SIZE_FUNCTION = Bindings.symbol("PyObject_Size");

  /** {@code PyObject_Hash}, as a C function pointer (the fork guard points slot wrappers at it). */
  public static final long HASH_FUNCTION = Bindings.symbol("PyObject_Hash");

  /**
   * {@code PyObject_CallNoArgs}, as a C function pointer (the fork guard points slot wrappers at
   * it).
   */
  public static final long CALL_NO_ARGS_FUNCTION = Bindings.symbol("PyObject_CallNoArgs");

  private static final class PyObjectHash {
    static final MethodHandle HANDLE =
        Bindings.function("PyObject_Hash", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code hash(o)}: never -1 but with an exception set. */
  public static long PyObject_Hash(long o) {
    try {
      return (long) PyObjectHash.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyLongAsSsizeT {
    static final MethodHandle HANDLE =
        Bindings.function("PyLong_AsSsize_t", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** The value of the int {@code o}; -1 with {@code OverflowError} set when it does not fit. */
  public static long PyLong_AsSsize_t(long o) {
    try {
      return (long) PyLongAsSsizeT.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTypeFromSpec {
    static final MethodHandle HANDLE =
        Bindings.function("PyType_FromSpec", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** A new heap type made from {@code spec}, tied to no module; new reference, or NULL. */
  public static long PyType_FromSpec(long spec) {
    try {
      return (long) PyTypeFromSpec.HANDLE.invokeExact(spec);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTypeGetSlot {
    static final MethodHandle HANDLE =
        Bindings.function("PyType_GetSlot", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));
  }

  /** The function in slot {@code slot} of {@code type} (any type, 3.10+), or NULL. */
  public static long PyType_GetSlot(long type, int slot) {
    try {
      return (long) PyTypeGetSlot.HANDLE.invokeExact(type, slot);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
