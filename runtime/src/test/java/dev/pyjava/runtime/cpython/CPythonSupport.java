package dev.pyjava.runtime.cpython;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyjava.runtime.InterpreterLock;
import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Starts CPython once per test JVM (with the test modules built in) without making it the
 * process's backend, so the pure-Java backend's tests in the same JVM are unaffected. Tests that
 * need libpython call {@link #assumeCPython()} first: they are skipped where none is found.
 */
final class CPythonSupport {
  private CPythonSupport() {}

  private static final String UNAVAILABLE = start();

  private static String start() {
    try {
      TestModules.registerAll();
      EmbeddedPython.start(false);
      return null;
    } catch (IllegalStateException e) {
      // No usable libpython on this machine: the tests that need one are skipped.
      return e.getMessage();
    }
  }

  /** Skips the test when this machine has no usable libpython. */
  static void assumeCPython() {
    assumeTrue(UNAVAILABLE == null, () -> "no libpython: " + UNAVAILABLE);
  }

  /** The backend's lock. */
  static InterpreterLock lock() {
    return CPythonBackend.instance().lock();
  }

  /** Runs {@code body} with the GIL held. */
  static <T> T withGil(Function<Python, T> body) {
    InterpreterLock lock = lock();
    long ticket = lock.acquire();
    try {
      return body.apply(CPythonBackend.instance().token());
    } finally {
      lock.release(ticket);
    }
  }

  /** Runs {@code body} with the GIL held. */
  static void inGil(Consumer<Python> body) {
    withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  /** Runs Python {@code code} in a fresh namespace (module name {@code testmod}) and returns it. */
  static PyDict exec(Python py, String code) {
    PyDict namespace = py.dict();
    namespace.put(py.str("__name__"), py.str("testmod"));
    py.importModule("builtins").getAttr("exec").call(code, namespace);
    return namespace;
  }

  /** The value of {@code name} in {@code namespace}. */
  static PyObject get(Python py, PyDict namespace, String name) {
    PyObject value = namespace.get(py.str(name));
    if (value == null) {
      throw new AssertionError("the Python code set no variable " + name);
    }
    return value;
  }

  /** {@code str(namespace[name])}. */
  static String text(Python py, PyDict namespace, String name) {
    return get(py, namespace, name).str();
  }
}
