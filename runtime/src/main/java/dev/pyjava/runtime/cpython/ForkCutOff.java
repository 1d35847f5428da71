package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import java.util.Map;

/**
 * Cuts a forked child off from Java, in both directions (Python hosting Java, and Java hosting
 * Python). A child of a process that runs a JVM must never enter Java again: the JVM's threads
 * are gone and locks they held stay locked, so even the first steps into Java can hang. The
 * guard is plain Python ({@code fork_guard.py}, run once per interpreter): after a fork it sets
 * {@link ForkGuard}'s flag, swaps the Java functions that dicts refer to for Python ones that
 * raise, and repoints every Java function's C entry point to one that fails without Java.
 */
final class ForkCutOff {
  private ForkCutOff() {}

  private static final String SOURCE = "fork_guard.py";

  /** The guard's module, made on first use; read and written with the GIL held. */
  private static PyObject guard;

  /** Has the guard cover the functions of the new module at {@code module}. GIL held. */
  static void track(long module) {
    Python py = CPythonBackend.instance().token();
    if (guard == null) {
      guard = install(py);
    }
    // Borrowed for this call only: an owned wrapper would keep the module alive until Java's GC.
    CallScope scope = new CallScope();
    try {
      guard.getAttr("track").call(Wrappers.argument(module, scope));
    } finally {
      scope.close();
    }
  }

  private static PyObject install(Python py) {
    Map<String, PyObject> globals =
        Map.of("FLAG_ADDRESS", py.integer(ForkGuard.FLAG.address()), "MESSAGE", py.str(ForkGuard.TEXT));
    return PythonSources.run(py, "_pyjava_fork_guard", SOURCE, globals).retain();
  }
}
