package dev.pyjava.runtime;

/** A Python {@code float}. */
public interface PyFloat extends PyObject {
  /** The value. */
  double doubleValue();
}
