package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code moduleobject.h} and {@code methodobject.h}: modules and builtin functions.
 * Pointers are {@code long} addresses; each method says whether a result is a new or a borrowed
 * reference. Every function needs the GIL. Bound as {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class ModuleApi {
  private ModuleApi() {}

  private static final class PyModuleCreate2 {
    static final MethodHandle HANDLE = Bindings.function("PyModule_Create2", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));
  }

  /** Creates a module from a {@code PyModuleDef}; new reference. */
  public static long PyModule_Create2(long def, int apiVersion) {
    try {
      return (long) PyModuleCreate2.HANDLE.invokeExact(def, apiVersion);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyCFunctionNewEx {
    static final MethodHandle HANDLE = Bindings.function("PyCFunction_NewEx", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** A builtin function object; new reference. */
  public static long PyCFunction_NewEx(long methodDef, long self, long module) {
    try {
      return (long) PyCFunctionNewEx.HANDLE.invokeExact(methodDef, self, module);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
