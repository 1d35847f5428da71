package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

  /** The guard's module, made by {@link #install}; read and written with the GIL held. */
  private static PyObject guard;

  /** Installs the guard in this interpreter, once. GIL held. */
  static void install(Python py) {
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
    PyObject module = py.importModule("types").getAttr("ModuleType").call("_pyjava_fork_guard");
    PyDict namespace = module.getAttr("__dict__").cast(PyDict.class);
    namespace.put(py.str("FLAG_ADDRESS"), py.integer(ForkGuard.FLAG.address()));
    namespace.put(py.str("MESSAGE"), py.str(ForkGuard.TEXT));
    namespace.put(py.str("VECTORCALL_ADDRESS"), py.integer(CApi.VECTORCALL_FUNCTION));
    namespace.put(py.str("CALL_OBJECT_ADDRESS"), py.integer(CApi.CALL_OBJECT_FUNCTION));
    py.importModule("builtins").getAttr("exec").call(source(), namespace);
    return module.retain();
  }

  private static String source() {
    try (InputStream in = ForkCutOff.class.getResourceAsStream(SOURCE)) {
      if (in == null) {
        throw new IllegalStateException("pyjava's runtime is missing its resource " + SOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
