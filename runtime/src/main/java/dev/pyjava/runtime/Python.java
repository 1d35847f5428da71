package dev.pyjava.runtime;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Proof that the current thread holds the interpreter lock, and the way to make Python objects.
 *
 * <p>A wrapper passes the token to methods that declare it. {@link #withGil} makes one anywhere.
 * Using a token on a thread that does not hold the lock (captured into {@link #allowThreads}, or
 * handed to another thread) throws {@link IllegalStateException}: misuse is an error, never
 * corruption.
 */
public final class Python {
  private final Backend backend;

  /** Made by backends only; users get tokens from wrappers or {@link #withGil}. */
  public Python(Backend backend) {
    this.backend = backend;
  }

  /**
   * Runs {@code body} with the lock held and returns its result. Re-entrant: on a thread that
   * already holds the lock it just runs. The lock is released again on every path.
   */
  public static <T> T withGil(Function<Python, T> body) {
    Backend backend = Backends.current();
    InterpreterLock lock = backend.lock();
    long ticket = lock.acquire();
    try {
      return body.apply(backend.token());
    } finally {
      lock.release(ticket);
    }
  }

  /**
   * Releases the lock, runs {@code body}, and takes the lock back on every path, exceptions
   * included. {@code body} must not touch Python objects or this token.
   */
  public <T> T allowThreads(Supplier<T> body) {
    InterpreterLock lock = checkedLock();
    long saved = lock.releaseAndSave();
    try {
      return body.get();
    } finally {
      lock.restore(saved);
    }
  }

  /** {@link #allowThreads(Supplier)} for code with no result. */
  public void allowThreads(Runnable body) {
    InterpreterLock lock = checkedLock();
    long saved = lock.releaseAndSave();
    try {
      body.run();
    } finally {
      lock.restore(saved);
    }
  }

  /** The backend behind this token: {@code purejava} or {@code cpython}. */
  public String backendName() {
    return backend.name();
  }

  /** {@code None}. */
  public PyObject none() {
    check();
    return backend.none();
  }

  /** {@code True} or {@code False}. */
  public PyObject bool(boolean value) {
    check();
    return backend.bool(value);
  }

  /** A Python {@code int}. */
  public PyLong integer(long value) {
    check();
    return backend.integer(value);
  }

  /** A Python {@code int} of any size. */
  public PyLong integer(java.math.BigInteger value) {
    check();
    return backend.bigInteger(value);
  }

  /** A Python {@code float}. */
  public PyFloat floating(double value) {
    check();
    return backend.floating(value);
  }

  /** A Python {@code str}. */
  public PyStr str(String value) {
    check();
    return backend.str(value);
  }

  /** A Python {@code bytes} holding a copy of {@code value}. */
  public PyBytes bytes(byte[] value) {
    check();
    return backend.bytes(value);
  }

  /** A new Python {@code list} of Java values, each converted by {@link #toPython(Object)}. */
  public PyList list(Iterable<?> values) {
    check();
    return backend.list(Conversions.toPythonAll(this, values));
  }

  /** A new Python {@code tuple} of Java values, each converted by {@link #toPython(Object)}. */
  public PyTuple tuple(Object... values) {
    check();
    return backend.tuple(Conversions.toPythonAll(this, java.util.Arrays.asList(values)));
  }

  /** A new, empty Python {@code dict}. */
  public PyDict dict() {
    check();
    return backend.dict();
  }

  /**
   * A Java value as a Python object: {@code null} → None, Boolean → bool, Integer/Long/Short/Byte/
   * BigInteger → int, Double/Float → float, String and Character → str, byte[] → bytes, List →
   * list, Set → set, Map → dict, Optional → its value or None; a {@link PyObject} is returned as
   * it is.
   *
   * @throws dev.pyjava.runtime.exceptions.PyTypeError for any other value
   */
  public PyObject toPython(Object value) {
    check();
    return Conversions.toPython(this, value);
  }

  /** {@code import name}: a module, whose functions {@link PyObject#call} calls. */
  public PyObject importModule(String name) {
    check();
    return backend.importModule(name);
  }

  /**
   * Runs the Python statements {@code code} in the namespace of {@code __main__}, as a script
   * would: names it defines stay there for later {@code exec} and {@link #eval} calls. Handy for
   * tests: {@code py.exec("import json\nassert json.loads('[1, 2]') == [1, 2]")}.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what the code raises, as its Java type
   *     ({@code PyAssertionError} for a failed {@code assert}; {@code pythonType()} is {@code
   *     SyntaxError} for code that does not compile)
   * @throws UnsupportedOperationException on the pure-Java backend, which has no interpreter
   */
  public void exec(String code) {
    check();
    backend.exec(code);
  }

  /**
   * The value of the Python expression {@code expression}, evaluated in the namespace of {@code
   * __main__} (so it sees what {@link #exec} defined): {@code py.eval("1 + 2")} is the int 3.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what the expression raises, as its Java type
   * @throws UnsupportedOperationException on the pure-Java backend, which has no interpreter
   */
  public PyObject eval(String expression) {
    check();
    return backend.eval(expression);
  }

  /** The backend, for runtime code. */
  Backend backend() {
    return backend;
  }

  private InterpreterLock checkedLock() {
    check();
    return backend.lock();
  }

  /** Throws {@link IllegalStateException} unless the current thread holds the lock. */
  void check() {
    if (!backend.lock().isHeldByCurrentThread()) {
      throw new IllegalStateException(
          "this Python token was used on thread '"
              + Thread.currentThread().getName()
              + "', which does not hold the interpreter lock: tokens and Python objects are valid"
              + " only with the lock held. Inside allowThreads, work on plain Java values; on"
              + " another thread, use Python.withGil(py -> ...) to get a token of its own.");
    }
  }
}
