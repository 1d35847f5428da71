package dev.pyjava.runtime;

/**
 * A Python object, usable only while the current thread holds the interpreter lock. Every method
 * throws {@link IllegalStateException} when called without it.
 */
public interface PyObject {
  /** The name of the object's Python type, e.g. {@code int}. */
  String typeName();

  /** {@code repr(self)}. */
  String repr();

  /** {@code str(self)}. */
  String str();

  /** Whether this is {@code None}. */
  boolean isNone();

  /** {@code bool(self)}. */
  boolean isTrue();

  /**
   * {@code getattr(self, name)}.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException ({@code AttributeError}) if absent
   */
  PyObject getAttr(String name);

  /**
   * {@code setattr(self, name, value)}, {@code value} converted as {@link Python#toPython(Object)}
   * does: sets a property of a {@code @PyClass} instance, or an attribute of a module.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what Python raises: {@code AttributeError}
   *     for a read-only or unknown attribute of an object without a {@code __dict__}, {@code
   *     TypeError} for a value of the wrong type or an attribute of an immutable type
   */
  void setAttr(String name, Object value);

  /**
   * {@code self(*args)}, each Java argument converted as {@link Python#toPython(Object)} does.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException whatever the call raises
   */
  PyObject call(Object... args);

  /**
   * {@code self(*args, **kwargs)}, each Java value converted as {@link Python#toPython(Object)}
   * does.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException whatever the call raises
   */
  PyObject call(java.util.List<?> args, java.util.Map<String, ?> kwargs);

  /**
   * A handle to this object that stays valid after the current pyjava call returns, like PyO3's
   * {@code unbind()}. The arguments of a function, and the items read out of them, belong to
   * their call: using one after the call throws {@link IllegalStateException}. A retained handle
   * still needs the lock for every use; its reference is dropped once Java no longer reaches it.
   */
  PyObject retain();

  /**
   * This object as the given interface.
   *
   * @throws dev.pyjava.runtime.exceptions.PyTypeError if it is not of that Python type
   */
  <T extends PyObject> T cast(Class<T> type);

  /** The Python type name that the given interface stands for, as used in messages. */
  static String pythonTypeName(Class<? extends PyObject> type) {
    if (type == PyStr.class) return "str";
    if (type == PyLong.class) return "int";
    if (type == PyFloat.class) return "float";
    if (type == PyBytes.class) return "bytes";
    if (type == PyList.class) return "list";
    if (type == PyTuple.class) return "tuple";
    if (type == PyDict.class) return "dict";
    if (type == PyCallable.class) return "callable";
    return "object";
  }
}
