package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code import.h}: importing modules and the table of built-in ones. Pointers are
 * {@code long} addresses; each method says whether a result is a new or a borrowed reference.
 * Every function needs the GIL. Bound as {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class ImportApi {
  private ImportApi() {}

  private static final class PyImportAppendInittab {
    static final MethodHandle HANDLE = Bindings.function("PyImport_AppendInittab", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  /** Registers a built-in module; only before initialization. */
  public static int PyImport_AppendInittab(long name, long initfunc) {
    try {
      return (int) PyImportAppendInittab.HANDLE.invokeExact(name, initfunc);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyImportImportModule {
    static final MethodHandle HANDLE = Bindings.function("PyImport_ImportModule", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code import name}; new reference. */
  public static long PyImport_ImportModule(long name) {
    try {
      return (long) PyImportImportModule.HANDLE.invokeExact(name);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyImportGetModule {
    static final MethodHandle HANDLE = Bindings.function("PyImport_GetModule", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code sys.modules.get(name)} for a str {@code name}; new reference, or NULL (without an exception) if absent. */
  public static long PyImport_GetModule(long name) {
    try {
      return (long) PyImportGetModule.HANDLE.invokeExact(name);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
