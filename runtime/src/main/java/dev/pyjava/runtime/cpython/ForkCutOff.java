package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts a forked child off from Java, in both directions (Python hosting Java, and Java hosting
 * Python). A child of a process that runs a JVM must never enter Java again: the JVM's threads
 * are gone and locks they held stay locked, so even the first steps into Java can hang. The
 * guard is plain Python ({@code fork_guard.py}, installed once per interpreter): after a fork it
 * sets {@link ForkGuard}'s flag and repoints the C entry point of every function Java made to a
 * CPython function that calls the function's {@code self} instead (a Java module, then made to
 * raise the fork error; for pyjava's housekeeping, a Python function that does nothing).
 */
final class ForkCutOff {
  private ForkCutOff() {}

  private static final String SOURCE = "fork_guard.py";

  /** The guard's module, made by {@link #install} before any pyjava module exists. */
  private static volatile PyObject guard;

  /** Installs the guard in this interpreter, once. GIL held. */
  static synchronized void install(Python py) {
    if (guard == null) {
      guard = load(py);
    }
  }

  /**
   * Has the guard cover the new module at {@code module}, whose {@code count} functions come from
   * the {@code PyMethodDef} array at {@code methods}. GIL held.
   */
  static void track(long module, long methods, int count) {
    List<Long> entryPoints = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entryPoints.add(methods + i * Layouts.METHOD_DEF.byteSize() + Layouts.METHOD_DEF_METH);
    }
    // Every object made here lives for this call only: an owned wrapper would keep the module
    // (and the list, the bound method, the result) alive until Java's GC and its Cleaner ran.
    CallScope scope = new CallScope();
    CallScope outer = Wrappers.beginResult(scope);
    try {
      guard.getAttr("track").call(Wrappers.argument(module, scope), token().list(entryPoints));
    } finally {
      Wrappers.endResult(outer);
      scope.close();
    }
  }

  /**
   * A new reference to the {@code self} a housekeeping function must have for the guard to
   * cover it: the Python function it runs instead in a forked child. GIL held.
   */
  static long housekeepingSelf() {
    return Wrappers.newReference(guard.getAttr("skipped_in_forked_child"));
  }

  /**
   * Has the guard cover the {@code METH_NOARGS} housekeeping function made from the {@code
   * PyMethodDef} at {@code methodDef}, whose self is {@link #housekeepingSelf()}. GIL held.
   */
  static void trackHousekeeping(long methodDef) {
    guard.getAttr("track_housekeeping").call(methodDef + Layouts.METHOD_DEF_METH);
  }

  private static Python token() {
    return CPythonBackend.instance().token();
  }

  private static PyObject load(Python py) {
    Map<String, PyObject> globals =
        Map.of(
            "FLAG_ADDRESS", py.integer(ForkGuard.FLAG.address()),
            "MESSAGE", py.str(ForkGuard.TEXT),
            "VECTORCALL_ADDRESS", py.integer(CApi.VECTORCALL_FUNCTION),
            "CALL_OBJECT_ADDRESS", py.integer(CApi.CALL_OBJECT_FUNCTION));
    return PythonSources.run(py, "_pyjava_fork_guard", SOURCE, globals).retain();
  }
}
