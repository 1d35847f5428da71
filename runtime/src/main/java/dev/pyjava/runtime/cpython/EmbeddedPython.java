package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.cpython.ffi.capi.LifecycleApi;
import dev.pyjava.runtime.cpython.ffi.capi.ThreadApi;
import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

/**
 * Starts CPython inside this JVM for Java code that wants to use Python (and pyjava modules) as a
 * library: {@code EmbeddedPython.start(); Python.withGil(py -> py.importModule("json") ...)}.
 *
 * <p>libpython is found as {@link LibPython} describes (e.g. set {@code PYJAVA_LIBPYTHON}); every
 * pyjava module on the class path is importable. The JVM needs {@code
 * --enable-native-access=ALL-UNNAMED}. Python's signal handlers are not installed while the JVM
 * owns SIGINT (run with {@code -Xrs} to let Python have it).
 */
public final class EmbeddedPython {
  private EmbeddedPython() {}

  private static boolean started;

  /**
   * Starts the interpreter (once; later calls do nothing), installs the CPython backend, and
   * returns with the GIL released, so any thread can take it with {@code Python.withGil}. In a
   * process that already runs Python, attaches to that interpreter instead.
   *
   * @throws IllegalStateException if libpython cannot be found or fails to start, saying why
   */
  public static void start() {
    start(true);
  }

  /** {@link #start()}, optionally without making CPython the process's backend (for tests). */
  static synchronized void start(boolean installBackend) {
    if (started) {
      return;
    }
    LibPython.Binding binding = LibPython.bindForHosting();
    if (binding.insideRunningPython() && LifecycleApi.Py_IsInitialized() != 0) {
      int state = ThreadApi.PyGILState_Ensure();
      try {
        Interpreter.attachToRunningPython(installBackend);
      } finally {
        ThreadApi.PyGILState_Release(state);
      }
    } else {
      String program = binding.executable() != null ? binding.executable() : "python3";
      OptionalInt exit = Interpreter.initialize(List.of(program.getBytes(StandardCharsets.UTF_8)), installBackend);
      if (exit.isPresent()) {
        throw new IllegalStateException("Python refused to start (exit status " + exit.getAsInt() + ")");
      }
      ThreadApi.PyEval_SaveThread();
    }
    started = true;
  }
}
