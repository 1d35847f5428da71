package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code pythonrun.h} and {@code import.h} that runs source text: {@code
 * PyRun_StringFlags} and the {@code __main__} module it runs in. Pointers are {@code long}
 * addresses; each method says whether a result is a new or a borrowed reference. Every function
 * needs the GIL. Bound as {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class RunApi {
  private RunApi() {}

  /** The start symbol for a sequence of statements ({@code exec}). */
  public static final int Py_file_input = 257;

  /** The start symbol for one expression ({@code eval}). */
  public static final int Py_eval_input = 258;

  private static final class PyRunStringFlags {
    static final MethodHandle HANDLE =
        Bindings.function("PyRun_StringFlags", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /**
   * Compiles the UTF-8 C string {@code source} from the start symbol {@code start} and runs it with
   * the dicts {@code globals} and {@code locals}; {@code flags} may be NULL. New reference, or NULL
   * with an exception set.
   */
  public static long PyRun_StringFlags(long source, int start, long globals, long locals, long flags) {
    try {
      return (long) PyRunStringFlags.HANDLE.invokeExact(source, start, globals, locals, flags);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyImportAddModule {
    static final MethodHandle HANDLE = Bindings.function("PyImport_AddModule", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** The module named by the C string {@code name}, made empty if absent; borrowed reference, or NULL with an exception set. */
  public static long PyImport_AddModule(long name) {
    try {
      return (long) PyImportAddModule.HANDLE.invokeExact(name);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyModuleGetDict {
    static final MethodHandle HANDLE = Bindings.function("PyModule_GetDict", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** The {@code __dict__} of {@code module}; borrowed reference. */
  public static long PyModule_GetDict(long module) {
    try {
      return (long) PyModuleGetDict.HANDLE.invokeExact(module);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
