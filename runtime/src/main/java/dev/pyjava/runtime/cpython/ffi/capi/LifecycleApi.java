package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonVersion;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code pylifecycle.h} and {@code cpython/initconfig.h}: starting, running and
 * finalizing the interpreter. Pointers are {@code long} addresses; each method says whether a
 * result is a new or a borrowed reference. Every function needs the GIL. Bound as {@link Bindings}
 * says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class LifecycleApi {
  private LifecycleApi() {}

  /** {@code Py_IsFinalizing} (3.13+), or {@code _Py_IsFinalizing} before it. */
  private static final class IsFinalizing {
    static final MethodHandle HANDLE =
        PythonVersion.running().atLeast(3, 13)
            ? Bindings.since(3, 13, "Py_IsFinalizing", FunctionDescriptor.of(JAVA_INT))
            : Bindings.until(3, 13, "_Py_IsFinalizing", FunctionDescriptor.of(JAVA_INT));
  }

  /** Whether the interpreter is being finalized. */
  public static boolean isFinalizing() {
    try {
      return (int) IsFinalizing.HANDLE.invokeExact() != 0;
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  /** Where the bound libpython came from, for messages. */
  public static String origin() {
    return Bindings.origin();
  }

  private static final class PyIsInitialized {
    static final MethodHandle HANDLE = Bindings.function("Py_IsInitialized", FunctionDescriptor.of(JAVA_INT));
  }

  /** 1 once the interpreter is initialized. */
  public static int Py_IsInitialized() {
    try {
      return (int) PyIsInitialized.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyConfigInitPythonConfig {
    static final MethodHandle HANDLE = Bindings.function("PyConfig_InitPythonConfig", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Fills a {@code PyConfig} as {@code python3} would. */
  public static void PyConfig_InitPythonConfig(long config) {
    try {
      PyConfigInitPythonConfig.HANDLE.invokeExact(config);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyConfigSetBytesArgv {
    static final MethodHandle HANDLE = Bindings.function("PyConfig_SetBytesArgv", FunctionDescriptor.of(Layouts.STATUS, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Sets the command line, decoded with the locale encoding. */
  public static MemorySegment PyConfig_SetBytesArgv(SegmentAllocator allocator, long config, long argc, long argv) {
    try {
      return (MemorySegment) PyConfigSetBytesArgv.HANDLE.invokeExact(allocator, config, argc, argv);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyInitializeFromConfig {
    static final MethodHandle HANDLE = Bindings.function("Py_InitializeFromConfig", FunctionDescriptor.of(Layouts.STATUS, JAVA_LONG));
  }

  /** Initializes the interpreter. */
  public static MemorySegment Py_InitializeFromConfig(SegmentAllocator allocator, long config) {
    try {
      return (MemorySegment) PyInitializeFromConfig.HANDLE.invokeExact(allocator, config);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyConfigClear {
    static final MethodHandle HANDLE = Bindings.function("PyConfig_Clear", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Frees what a {@code PyConfig} holds. */
  public static void PyConfig_Clear(long config) {
    try {
      PyConfigClear.HANDLE.invokeExact(config);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyRunMain {
    static final MethodHandle HANDLE = Bindings.function("Py_RunMain", FunctionDescriptor.of(JAVA_INT));
  }

  /** Runs the configured command, script or module, finalizes, and returns the exit status. */
  public static int Py_RunMain() {
    try {
      return (int) PyRunMain.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
