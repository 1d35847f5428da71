package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of heap types ({@code object.h}, {@code objimpl.h}): making a type from a {@code
 * PyType_Spec}, and allocating and freeing its instances. Pointers are {@code long} addresses.
 * Every function needs the GIL (an attached thread state on a free-threaded build). Bound as {@link
 * Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class TypeApi {
  private TypeApi() {}

  private static final class PyTypeFromModuleAndSpec {
    static final MethodHandle HANDLE =
        Bindings.function(
            "PyType_FromModuleAndSpec",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /**
   * A new heap type made from {@code spec}, tied to {@code module} (its {@code __module__} comes
   * from the spec's dotted name), with {@code bases} a type, a tuple of them, or NULL for {@code
   * object}; new reference, or NULL with an exception set.
   */
  public static long PyType_FromModuleAndSpec(long module, long spec, long bases) {
    try {
      return (long) PyTypeFromModuleAndSpec.HANDLE.invokeExact(module, spec, bases);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTypeGenericAlloc {
    static final MethodHandle HANDLE =
        Bindings.function(
            "PyType_GenericAlloc", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /**
   * A new, zeroed instance of {@code type} with {@code items} items (0 for fixed-size types), its
   * header set; new reference, or NULL with {@code MemoryError} set.
   */
  public static long PyType_GenericAlloc(long type, long items) {
    try {
      return (long) PyTypeGenericAlloc.HANDLE.invokeExact(type, items);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  /**
   * {@code PyType_GenericNew}, as a C function pointer: the {@code tp_new} of pyjava types, which
   * allocates an instance that holds no Java object yet (its {@code tp_init} makes one).
   */
  public static final long GENERIC_NEW_FUNCTION = Bindings.symbol("PyType_GenericNew");


  private static final class PyObjectFree {
    static final MethodHandle HANDLE =
        Bindings.function("PyObject_Free", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Frees memory of the object allocator: what a non-GC heap type's {@code tp_free} is. */
  public static void PyObject_Free(long memory) {
    try {
      PyObjectFree.HANDLE.invokeExact(memory);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectGCDel {
    static final MethodHandle HANDLE =
        Bindings.function("PyObject_GC_Del", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Frees an object of a GC type (a Python subclass of a pyjava type): its {@code tp_free}. */
  public static void PyObject_GC_Del(long memory) {
    try {
      PyObjectGCDel.HANDLE.invokeExact(memory);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyObjectClearWeakRefs {
    static final MethodHandle HANDLE =
        Bindings.function("PyObject_ClearWeakRefs", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /**
   * Clears the weak references to {@code object}, whose count is zero (its {@code tp_dealloc}),
   * calling their callbacks.
   */
  public static void PyObject_ClearWeakRefs(long object) {
    try {
      PyObjectClearWeakRefs.HANDLE.invokeExact(object);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  /**
   * {@code PyObject_ClearWeakRefs}, as a C function pointer: the {@code tp_dealloc} the fork guard
   * gives pyjava types in a forked child (it clears weak references and frees nothing).
   */
  public static final long CLEAR_WEAK_REFS_FUNCTION = Bindings.symbol("PyObject_ClearWeakRefs");

  private static final class PyUnstableTryIncRef {
    static final MethodHandle HANDLE =
        Bindings.since(3, 14, "PyUnstable_TryIncRef", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
  }

  /**
   * Adds a reference to {@code object} unless its count has reached zero (another thread is
   * freeing it); whether it did. The object must have had {@link #PyUnstable_EnableTryIncRef}.
   * 3.14+.
   */
  public static boolean PyUnstable_TryIncRef(long object) {
    try {
      return (int) PyUnstableTryIncRef.HANDLE.invokeExact(object) != 0;
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyUnstableEnableTryIncRef {
    static final MethodHandle HANDLE =
        Bindings.since(
            3, 14, "PyUnstable_EnableTryIncRef", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Prepares a new {@code object} for {@link #PyUnstable_TryIncRef}. 3.14+. */
  public static void PyUnstable_EnableTryIncRef(long object) {
    try {
      PyUnstableEnableTryIncRef.HANDLE.invokeExact(object);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
