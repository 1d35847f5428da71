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
   * Runs the statements {@code code} in the namespace of {@code __main__}. The default has no
   * interpreter and says so.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what the code raises, SyntaxError included
   * @throws UnsupportedOperationException on a backend without a Python interpreter
   */
  default void exec(String code) {
    throw noInterpreter("exec");
  }

  /**
   * The value of the expression {@code expression} in the namespace of {@code __main__}. The
   * default has no interpreter and says so.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what the expression raises
   * @throws UnsupportedOperationException on a backend without a Python interpreter
   */
  default PyObject eval(String expression) {
    throw noInterpreter("eval");
  }

  private UnsupportedOperationException noInterpreter(String what) {
    return new UnsupportedOperationException(
        "the "
            + name()
            + " backend has no Python interpreter, so it cannot "
            + what
            + " Python source: start CPython first (EmbeddedPython.start(), or @PythonTest with"
            + " fallback FAIL or SKIP in tests)");
  }

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

  /**
   * The items of {@code value} when it is a {@code set} or a {@code frozenset} (or an instance of
   * a subclass of one), in iteration order; else {@code null}. The default asks Python's {@code
   * builtins}.
   */
  default List<PyObject> setItems(PyObject value) {
    PyObject builtins = importModule("builtins");
    PyObject setTypes = tuple(List.of(builtins.getAttr("set"), builtins.getAttr("frozenset")));
    if (!builtins.getAttr("isinstance").call(value, setTypes).isTrue()) {
      return null;
    }
    PyList items = builtins.getAttr("list").call(value).cast(PyList.class);
    List<PyObject> out = new java.util.ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(items.get(i));
    }
    return out;
  }

  /**
   * A new Python {@code set} of {@code items}, or a {@code frozenset} when {@code frozen}. The
   * default calls Python's {@code builtins}.
   *
   * @throws dev.pyjava.runtime.exceptions.PyTypeError for an unhashable item
   */
  default PyObject set(List<? extends PyObject> items, boolean frozen) {
    return importModule("builtins").getAttr(frozen ? "frozenset" : "set").call(list(items));
  }

  /**
   * The Python object of a {@code BigDecimal} ({@code decimal.Decimal}), a {@code Path} ({@code
   * pathlib.Path}) or a {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime}, {@code
   * Instant} or {@code Duration} ({@code datetime.date}, {@code time}, naive {@code datetime},
   * {@code datetime} aware in UTC, {@code timedelta}). The default builds it through Python's own
   * modules.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what Python raises for a value beyond its
   *     type's range ({@code ValueError: year 0 is out of range})
   */
  default PyObject standardValue(Object value) {
    return StandardValues.toPython(this, value);
  }

  /**
   * {@code value} as {@code javaType}, one of the types {@link #standardValue} makes, or {@code
   * null} when it is not a Python value of the matching type ({@code str} and {@code os.PathLike}
   * objects for a {@code Path}, an {@code int} or a {@code Decimal} for a {@code BigDecimal}). The
   * default reads it through Python's own modules.
   *
   * @throws dev.pyjava.runtime.exceptions.PyValueError for a Decimal that is not finite
   */
  default Object standardJava(PyObject value, Class<?> javaType) {
    return StandardValues.toJava(this, value, javaType);
  }
}
