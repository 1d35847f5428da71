package dev.pyjava.runtime;

import java.util.List;

/**
 * What a Python implementation provides to the runtime: its lock and its objects. The pure-Java
 * backend needs no CPython; the CPython backend wraps libpython. Only backends implement this.
 */
public interface Backend {
  /** A short name for messages: {@code purejava} or {@code cpython}. */
  String name();

  /** The interpreter lock. */
  InterpreterLock lock();

  /** This backend's token; valid on whichever thread holds the lock. */
  Python token();

  /** {@code None}. */
  PyObject none();

  /** {@code True} or {@code False}. */
  PyObject bool(boolean value);

  /** A Python {@code int}. */
  PyLong integer(long value);

  /**
   * A Python {@code int} of any size. The default handles values that fit a {@code long}.
   *
   * @throws dev.pyjava.runtime.exceptions.PyOverflowError if this backend cannot hold the value
   */
  default PyLong bigInteger(java.math.BigInteger value) {
    if (value.bitLength() >= Long.SIZE) {
      throw new dev.pyjava.runtime.exceptions.PyOverflowError(
          "int " + value + " is too large for the " + name() + " backend");
    }
    return integer(value.longValue());
  }

  /** A Python {@code float}. */
  PyFloat floating(double value);

  /** A Python {@code str}. */
  PyStr str(String value);

  /** A Python {@code bytes} holding a copy of {@code value}. */
  PyBytes bytes(byte[] value);

  /** A new Python {@code list} of the given items. */
  PyList list(List<? extends PyObject> items);

  /** A new Python {@code tuple} of the given items. */
  PyTuple tuple(List<? extends PyObject> items);

  /** A new, empty Python {@code dict}. */
  PyDict dict();

  /**
   * The Java object of {@code value} when it is an instance of the {@code @PyClass} type named
   * {@code pythonName} ({@code module.Type}) or of a subclass, else {@code null}: how {@link
   * Conversions} reads instances inside containers. The default knows no such types.
   *
   * @throws dev.pyjava.runtime.exceptions.PyTypeError for an instance that holds no Java object
   */
  default Object javaObject(PyObject value, String pythonName) {
    return null;
  }

  /**
   * The Python object of {@code javaObject}, declared as the {@code @PyClass} type named {@code
   * pythonName}: the instance that holds it while one does, else a new instance of its most
   * derived type. The default knows no such types.
   */
  default PyObject instance(Object javaObject, String pythonName) {
    throw new UnsupportedOperationException(
        "the " + name() + " backend has no @PyClass types: cannot convert to " + pythonName);
  }

  /**
   * {@code callable} as the Java functional interface of {@code type}, a {@code CALLBACK}: a proxy
   * that Java may call from any thread, and keep, while it holds its own reference to {@code
   * callable}; or {@code null} when {@code callable} is not callable. How {@link Conversions}
   * converts callback parameters. The default knows no callables.
   */
  default Object callback(PyObject callable, dev.pyjava.runtime.def.TypeSpec type) {
    return null;
  }

  /**
   * {@code import name}.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException ({@code ModuleNotFoundError}) if absent
   */
  PyObject importModule(String name);

  /**
   * The items of {@code iter(iterable)}, for a lazy Java view that reads them one at a time, on any
   * thread, after the call too; or {@code null} when {@code iterable} is not iterable. The default
   * is {@link PythonItems#through}.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what {@code iter()} raises for an object
   *     that is iterable but fails to give an iterator
   */
  default PythonItems items(PyObject iterable) {
    return PythonItems.through(iterable);
  }
}
