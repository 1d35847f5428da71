package dev.pyjava.runtime;

/** A Python {@code list}. Iteration sees the items as they are when each is reached. */
public interface PyList extends PyObject, Iterable<PyObject> {
  /** {@code len(self)}. */
  int size();

  /**
   * {@code self[index]}; a negative index counts from the end.
   *
   * @throws dev.pyjava.runtime.exceptions.PyIndexError if out of range
   */
  PyObject get(int index);

  /**
   * {@code self[index] = value}; a negative index counts from the end.
   *
   * @throws dev.pyjava.runtime.exceptions.PyIndexError if out of range
   */
  void set(int index, PyObject value);

  /** {@code self.append(value)}. */
  void append(PyObject value);
}
