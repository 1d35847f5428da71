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

  private static final class PyModuleFromDefAndSpec2 {
    static final MethodHandle HANDLE =
        Bindings.function("PyModule_FromDefAndSpec2", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT));
  }

  /** Creates a module from a multi-phase {@code PyModuleDef} and a module spec; new reference. */
  public static long PyModule_FromDefAndSpec2(long def, long spec, int apiVersion) {
    try {
      return (long) PyModuleFromDefAndSpec2.HANDLE.invokeExact(def, spec, apiVersion);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyModuleExecDef {
    static final MethodHandle HANDLE = Bindings.function("PyModule_ExecDef", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  /** Runs the exec slots of {@code def} on {@code module}; 0, or -1 with an exception set. */
  public static int PyModule_ExecDef(long module, long def) {
    try {
      return (int) PyModuleExecDef.HANDLE.invokeExact(module, def);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyModuleDefInit {
    static final MethodHandle HANDLE = Bindings.function("PyModuleDef_Init", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** Makes {@code def} a ready {@code PyModuleDef} object and returns it (borrowed: it is static). */
  public static long PyModuleDef_Init(long def) {
    try {
      return (long) PyModuleDefInit.HANDLE.invokeExact(def);
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

  private static final class PyModuleAddType {
    static final MethodHandle HANDLE =
        Bindings.function("PyModule_AddType", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  /**
   * Adds {@code type} to {@code module} under the last part of its dotted name (a new reference of
   * the module's own); 0, or -1 with an exception set.
   */
  public static int PyModule_AddType(long module, long type) {
    try {
      return (int) PyModuleAddType.HANDLE.invokeExact(module, type);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
