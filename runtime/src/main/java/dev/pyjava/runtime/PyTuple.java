package dev.pyjava.runtime;

/** A Python {@code tuple}. */
public interface PyTuple extends PyObject, Iterable<PyObject> {
  /** {@code len(self)}. */
  int size();

  /**
   * {@code self[index]}; a negative index counts from the end.
   *
   * @throws dev.pyjava.runtime.exceptions.PyIndexError if out of range
   */
  PyObject get(int index);
}
