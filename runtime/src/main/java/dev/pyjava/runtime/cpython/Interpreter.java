package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.pyjava.runtime.Backends;
import dev.pyjava.runtime.cpython.calls.CPythonBackend;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ImportApi;
import dev.pyjava.runtime.cpython.ffi.capi.LifecycleApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import dev.pyjava.runtime.cpython.modules.KnownModules;
import dev.pyjava.runtime.cpython.modules.ModuleInitFunction;
import dev.pyjava.runtime.cpython.objects.LastResort;
import dev.pyjava.runtime.cpython.objects.LayoutCheck;
import dev.pyjava.runtime.cpython.process.ForkCutOff;
import dev.pyjava.runtime.cpython.process.HiddenFunctions;
import dev.pyjava.runtime.cpython.process.JvmSignalHandlers;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.OptionalInt;

/**
 * Starts pyjava's side of a CPython interpreter, once per process: either inside a Python that
 * is already running (Python hosts Java) or by initializing one (Java hosts Python).
 */
final class Interpreter {
  private Interpreter() {}

  private static boolean started;

  /**
   * Binds to the Python running this process and installs the backend. The caller holds the GIL.
   *
   * <p>The Python that started this JVM keeps the JVM's fatal-signal handlers in place itself
   * (pyjava's {@code _signals} module, installed before any Java module is created), so nothing
   * here touches signals: that keeps a {@code sigaction} binding and a Python snippet off the
   * import path.
   */
  static synchronized void attachToRunningPython(boolean installBackend) {
    if (started) {
      return;
    }
    LibPython.bindToCurrentProcess();
    finishStart(installBackend, false);
  }

  /**
   * Loads libpython, makes every known pyjava module importable, and initializes the interpreter
   * with the given command line (parsed as {@code python3} parses its own). On return the calling
   * thread holds the GIL.
   *
   * @param arguments {@code argv}, starting with the program name, as bytes Python decodes as
   *     {@code python3} decodes its own
   * @return empty when initialized; else the exit status the command line asked for (as for
   *     {@code --version} or a bad option), the interpreter not being initialized
   * @throws IllegalStateException if libpython is missing, already initialized, or fails to start
   */
  static synchronized OptionalInt initialize(List<byte[]> arguments, boolean installBackend) {
    if (started) {
      throw new IllegalStateException("the Python interpreter is already started in this JVM");
    }
    // Before Python starts, which may enable faulthandler (-X faulthandler).
    JvmSignalHandlers.save();
    LibPython.bindForHosting();
    if (LifecycleApi.Py_IsInitialized() != 0) {
      throw new IllegalStateException(
          "this process already runs Python (" + LifecycleApi.origin() + "): it cannot be started again");
    }
    for (String module : KnownModules.names()) {
      MemorySegment name = NativeMemory.permanentCString(module);
      if (ImportApi.PyImport_AppendInittab(name.address(), ModuleInitFunction.stub(module).address()) < 0) {
        throw new IllegalStateException("cannot register pyjava module " + module);
      }
    }
    // PyConfig on every version, 3.14+ too. PEP 741's PyInitConfig starts from the isolated
    // defaults, and PyInitConfig_SetInt refuses the -1 ("decide from the command line and the
    // environment") python3 starts with for dev_mode, utf8_mode, coerce_c_locale, use_hash_seed,
    // tracemalloc and int_max_str_digits: -X dev, -X utf8, PYTHONHASHSEED, -X tracemalloc and the
    // C locale's UTF-8 mode would be ignored. Its argv must be UTF-8, too (python/tests/test_launcher.py).
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment config = arena.allocate(Layouts.CONFIG_BYTES, Long.BYTES);
      LifecycleApi.PyConfig_InitPythonConfig(config.address());
      try {
        MemorySegment argv = arena.allocate(ADDRESS, arguments.size());
        for (int i = 0; i < arguments.size(); i++) {
          byte[] bytes = arguments.get(i);
          MemorySegment argument = arena.allocate(bytes.length + 1L);
          MemorySegment.copy(bytes, 0, argument, JAVA_BYTE, 0, bytes.length);
          argv.setAtIndex(ADDRESS, i, argument);
        }
        OptionalInt exit =
            status(LifecycleApi.PyConfig_SetBytesArgv(arena, config.address(), arguments.size(), argv.address()));
        if (exit.isEmpty()) {
          exit = status(LifecycleApi.Py_InitializeFromConfig(arena, config.address()));
        }
        if (exit.isPresent()) {
          return exit;
        }
      } finally {
        LifecycleApi.PyConfig_Clear(config.address());
      }
    }
    finishStart(installBackend, true);
    return OptionalInt.empty();
  }

  private static void finishStart(boolean installBackend, boolean javaHostsPython) {
    LayoutCheck.verify(PythonAbi.current());
    LastResort.prepare();
    CPythonBackend backend = CPythonBackend.instance();
    ForkCutOff.install(backend.token());
    HiddenFunctions.registerExitHook();
    if (javaHostsPython) {
      // Inside python3 the Python side registers a faulthandler guard of its own that runs no
      // Java. The fork guard is the runtime's, in both directions (ForkCutOff, installed above).
      JvmSignalHandlers.guardFaulthandler(backend.token());
    }
    if (installBackend) {
      Backends.install(backend);
    }
    started = true;
  }

  /** Empty for success, the exit status for an exit request; throws for an error. */
  private static OptionalInt status(MemorySegment status) {
    int type = status.get(JAVA_INT, Layouts.STATUS_TYPE);
    if (type == Layouts.STATUS_TYPE_EXIT) {
      return OptionalInt.of(status.get(JAVA_INT, Layouts.STATUS_EXITCODE));
    }
    if (type == Layouts.STATUS_TYPE_ERROR) {
      String function = NativeMemory.readCString(status.get(ADDRESS, Layouts.STATUS_FUNC).address());
      String message = NativeMemory.readCString(status.get(ADDRESS, Layouts.STATUS_ERR_MSG).address());
      throw new IllegalStateException(
          "Python failed to start"
              + (function == null ? "" : " in " + function)
              + ": "
              + (message == null ? "unknown error" : message));
    }
    return OptionalInt.empty();
  }
}
