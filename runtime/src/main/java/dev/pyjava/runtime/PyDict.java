package dev.pyjava.runtime;

import java.util.List;

/** A Python {@code dict}. */
public interface PyDict extends PyObject {
  /** {@code len(self)}. */
  int size();

  /** {@code self.get(key)}: the value, or {@code null} when the key is absent. */
  PyObject get(PyObject key);

  /** {@code self[key] = value}. */
  void put(PyObject key, PyObject value);

  /** {@code list(self.keys())}, in insertion order. */
  List<PyObject> keys();
}
