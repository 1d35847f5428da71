package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.List;
import java.util.Map;

/**
 * What every pure-Java Python object shares: each operation first checks that the current thread
 * holds the interpreter lock, then behaves as the Python type does.
 */
abstract class PureJavaObject implements PyObject {
  final PureJavaBackend backend;

  PureJavaObject(PureJavaBackend backend) {
    this.backend = backend;
  }

  /** The Python type's name, without the lock check: for messages. */
  abstract String type();

  /**
   * The type's name as CPython's messages show it ({@code tp_name}): {@code module.Type} for a
   * pyjava type, the bare name for a builtin.
   */
  String typeFullName() {
    return type();
  }

  /** The object's address as {@code repr} shows it ({@code 0x...}): unique while it lives. */
  final String address() {
    return "0x" + Integer.toHexString(System.identityHashCode(this));
  }

  /** {@code repr(self)}, the lock already checked. */
  abstract String computeRepr();

  /** {@code str(self)}, the lock already checked; {@code repr} unless the type says otherwise. */
  String computeStr() {
    return computeRepr();
  }

  /** {@code bool(self)}, the lock already checked. */
  abstract boolean truth();

  /** Whether {@code hash(self)} works: false for list and dict. */
  boolean hashable() {
    return true;
  }

  /** Throws unless the current thread holds the interpreter lock. */
  final void check() {
    if (!backend.lock().isHeldByCurrentThread()) {
      throw new IllegalStateException(
          "a Python "
              + type()
              + " object was used on thread '"
              + Thread.currentThread().getName()
              + "', which does not hold the interpreter lock: Python objects are usable only with"
              + " the lock held. Wrap the code in Python.withGil(py -> ...); inside allowThreads,"
              + " work on plain Java values instead.");
    }
  }

  @Override
  public final String typeName() {
    check();
    return type();
  }

  @Override
  public final String repr() {
    check();
    return computeRepr();
  }

  @Override
  public final String str() {
    check();
    return computeStr();
  }

  @Override
  public boolean isNone() {
    check();
    return false;
  }

  @Override
  public final boolean isTrue() {
    check();
    return truth();
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    throw new PyAttributeError("'" + type() + "' object has no attribute '" + name + "'");
  }

  /** Builtin objects have no {@code __dict__}: setting an attribute fails as CPython's does. */
  @Override
  public void setAttr(String name, Object value) {
    check();
    throw new PyAttributeError(
        "'"
            + typeFullName()
            + "' object has no attribute '"
            + name
            + "' and no __dict__ for setting new attributes");
  }

  @Override
  public PyObject call(Object... args) {
    check();
    throw notCallable();
  }

  @Override
  public PyObject call(List<?> args, Map<String, ?> kwargs) {
    check();
    throw notCallable();
  }

  /** Pure-Java objects belong to no call: the object itself stays valid. */
  @Override
  public final PyObject retain() {
    check();
    return this;
  }

  @Override
  public final <T extends PyObject> T cast(Class<T> type) {
    check();
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new PyTypeError("expected " + PyObject.pythonTypeName(type) + ", not " + type());
  }

  /** {@code repr(self)} when the lock is held; never throws, for debuggers and test output. */
  @Override
  public final String toString() {
    if (backend.lock().isHeldByCurrentThread()) {
      try {
        return computeRepr();
      } catch (RuntimeException e) {
        // A type's own __repr__ failed.
        return "<" + typeFullName() + " object at " + address() + ">";
      }
    }
    return "<" + type() + " object; repr() needs the interpreter lock>";
  }

  private PyTypeError notCallable() {
    return new PyTypeError("'" + type() + "' object is not callable");
  }
}
