package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code object.h} and {@code abstract.h}: references, attributes, calls, str/repr,
 * truth, types and sequences. Pointers are {@code long} addresses; each method says whether a
 * result is a new or a borrowed reference. Every function needs the GIL. Bound as {@link Bindings}
 * says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class ObjectApi {
  private ObjectApi() {}

  /** {@code Py_None}: the address of {@code _Py_NoneStruct}. */
  public static final long NONE = Bindings.symbol("_Py_NoneStruct");

  /** {@code &_PyNone_Type}, the type of None. */
  public static final long NONE_TYPE = Bindings.symbol("_PyNone_Type");

  /** {@code PyObject_Vectorcall}, as a C function pointer (the fork guard points functions at it). */
  public static final long VECTORCALL_FUNCTION = Bindings.symbol("PyObject_Vectorcall");

  /** {@code PyObject_CallObject}, as a C function pointer (the fork guard points functions at it). */
  public static final long CALL_OBJECT_FUNCTION = Bindings.symbol("PyObject_CallObject");

  /** {@code PySequence_DelItem}, as a C function pointer (the fork guard points setters at it). */
  public static final long SEQUENCE_DEL_ITEM_FUNCTION = Bindings.symbol("PySequence_DelItem");

  private static final class PyIncRef {
    static final MethodHandle HANDLE = Bindings.function("Py_IncRef", FunctionDescriptor.ofVoid(JAVA_LONG), Bindings.CRITICAL);
  }

  /** Adds a reference to {@code o}. */
  public static void Py_IncRef(long o) {
    try {
      PyIncRef.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyDecRef {
    static final MethodHandle HANDLE = Bindings.function("Py_DecRef", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Drops a reference to {@code o}; may run arbitrary Python code. */
  public static void Py_DecRef(long o) {
    try {
      PyDecRef.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectGetAttr {
    static final MethodHandle HANDLE = Bindings.function("PyObject_GetAttr", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code getattr(o, name)} for a str {@code name}; new reference. */
  public static long PyObject_GetAttr(long o, long name) {
    try {
      return (long) PyObjectGetAttr.HANDLE.invokeExact(o, name);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectSetAttr {
    static final MethodHandle HANDLE = Bindings.function("PyObject_SetAttr", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code setattr(o, name, v)} for a str {@code name}; 0, or -1 with an exception set. */
  public static int PyObject_SetAttr(long o, long name, long v) {
    try {
      return (int) PyObjectSetAttr.HANDLE.invokeExact(o, name, v);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectGetAttrString {
    static final MethodHandle HANDLE = Bindings.function("PyObject_GetAttrString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code getattr(o, name)}; new reference. */
  public static long PyObject_GetAttrString(long o, long name) {
    try {
      return (long) PyObjectGetAttrString.HANDLE.invokeExact(o, name);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectCall {
    static final MethodHandle HANDLE = Bindings.function("PyObject_Call", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code callable(*args, **kwargs)}; new reference. */
  public static long PyObject_Call(long callable, long args, long kwargs) {
    try {
      return (long) PyObjectCall.HANDLE.invokeExact(callable, args, kwargs);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectRepr {
    static final MethodHandle HANDLE = Bindings.function("PyObject_Repr", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code repr(o)}; new reference. */
  public static long PyObject_Repr(long o) {
    try {
      return (long) PyObjectRepr.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectStr {
    static final MethodHandle HANDLE = Bindings.function("PyObject_Str", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code str(o)}; new reference. */
  public static long PyObject_Str(long o) {
    try {
      return (long) PyObjectStr.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectIsTrue {
    static final MethodHandle HANDLE = Bindings.function("PyObject_IsTrue", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
  }

  /** {@code bool(o)}: 1, 0, or -1 with an exception set. */
  public static int PyObject_IsTrue(long o) {
    try {
      return (int) PyObjectIsTrue.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTypeGetFlags {
    static final MethodHandle HANDLE = Bindings.function("PyType_GetFlags", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Bindings.CRITICAL);
  }

  /** The type's {@code tp_flags}. */
  public static long PyType_GetFlags(long type) {
    try {
      return (long) PyTypeGetFlags.HANDLE.invokeExact(type);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTypeIsSubtype {
    static final MethodHandle HANDLE = Bindings.function("PyType_IsSubtype", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG), Bindings.CRITICAL);
  }

  /** 1 if {@code type} is a subtype of {@code base}. */
  public static int PyType_IsSubtype(long type, long base) {
    try {
      return (int) PyTypeIsSubtype.HANDLE.invokeExact(type, base);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTypeGetName {
    static final MethodHandle HANDLE = Bindings.function("PyType_GetName", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code type.__name__}; new reference. */
  public static long PyType_GetName(long type) {
    try {
      return (long) PyTypeGetName.HANDLE.invokeExact(type);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PySequenceGetItem {
    static final MethodHandle HANDLE = Bindings.function("PySequence_GetItem", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code o[index]}, negative counting from the end; new reference. */
  public static long PySequence_GetItem(long o, long index) {
    try {
      return (long) PySequenceGetItem.HANDLE.invokeExact(o, index);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PySequenceSetItem {
    static final MethodHandle HANDLE = Bindings.function("PySequence_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code o[index] = value}, negative counting from the end. */
  public static int PySequence_SetItem(long o, long index, long value) {
    try {
      return (int) PySequenceSetItem.HANDLE.invokeExact(o, index, value);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyCallableCheck {
    static final MethodHandle HANDLE = Bindings.function("PyCallable_Check", FunctionDescriptor.of(JAVA_INT, JAVA_LONG), Bindings.CRITICAL);
  }

  /** 1 if {@code o} is callable ({@code callable(o)}), else 0; never fails. */
  public static int PyCallable_Check(long o) {
    try {
      return (int) PyCallableCheck.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
