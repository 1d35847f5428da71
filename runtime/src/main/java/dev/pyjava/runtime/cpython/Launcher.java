package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.cpython.calls.CPythonBackend;
import dev.pyjava.runtime.cpython.ffi.capi.LifecycleApi;
import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import dev.pyjava.runtime.cpython.process.SignalForwarder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs Python with pyjava modules built in: {@code java --enable-native-access=ALL-UNNAMED -Xrs
 * -cp <class path> dev.pyjava.runtime.cpython.Launcher script.py args...} (or {@code -c CODE},
 * {@code -m module}: the arguments are exactly {@code python3}'s).
 *
 * <p>It loads libpython as {@link LibPython} describes (the {@code python3} on {@code PATH} by
 * default; {@code PYJAVA_PYTHON} or {@code PYJAVA_LIBPYTHON} choose another), registers every
 * pyjava module found on the class path as a built-in module, starts the interpreter with that
 * Python's executable as program name (so {@code sys.executable} and {@code sys.path} are that
 * Python's), and runs the command line as {@code python3} would (its arguments as the bytes the
 * process got, see {@link ProcessArguments}), with the same tracebacks and exit status ({@code
 * SystemExit(None)} 0, {@code SystemExit(n)} n, other uncaught exceptions 1).
 *
 * <p>Start the JVM with {@code -Xrs}: otherwise the JVM keeps SIGINT and SIGTERM, so Ctrl-C ends
 * the process (status 130) instead of raising {@code KeyboardInterrupt}, and Python's own signal
 * handlers are lost. With it, Ctrl-C interrupts even a blocking call in Python's main thread
 * (see {@link SignalForwarder}), and a released Java call of that thread (see {@link
 * ReleasedCalls}).
 *
 * <p>As in {@code python3}, {@code SystemExit} ends the process from inside the interpreter
 * (C {@code exit()}), so Java shutdown hooks do not run then.
 */
public final class Launcher {
  private Launcher() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status. */
  static int run(String[] args) {
    List<byte[]> argv = new ArrayList<>();
    try {
      LibPython.Binding binding = LibPython.bindForHosting();
      String program = binding.executable() != null ? binding.executable() : "python3";
      argv.add(program.getBytes(StandardCharsets.UTF_8));
      argv.addAll(ProcessArguments.of(args));
      OptionalInt exit = Interpreter.initialize(argv, true);
      if (exit.isPresent()) {
        return exit.getAsInt();
      }
      SignalForwarder.start(CPythonBackend.instance().token());
    } catch (RuntimeException e) {
      System.err.println("pyjava: " + e.getMessage());
      return 1;
    }
    return LifecycleApi.Py_RunMain();
  }
}
