package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Python {@code dict}: insertion-ordered, keyed by Python equality ({@code 1 == 1.0 == True}). */
final class PureJavaDict extends PureJavaObject implements PyDict {
  private final Map<PyObject, PyObject> entries = new LinkedHashMap<>();

  PureJavaDict(PureJavaBackend backend) {
    super(backend);
  }

  @Override
  String type() {
    return "dict";
  }

  @Override
  String computeRepr() {
    return backend.reprOnce(this, "{...}", () -> {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<PyObject, PyObject> entry : entries.entrySet()) {
        if (out.length() > 1) {
          out.append(", ");
        }
        out.append(entry.getKey().repr()).append(": ").append(entry.getValue().repr());
      }
      return out.append('}').toString();
    });
  }

  @Override
  boolean truth() {
    return !entries.isEmpty();
  }

  @Override
  boolean hashable() {
    return false;
  }

  @Override
  public int size() {
    check();
    return entries.size();
  }

  @Override
  public PyObject get(PyObject key) {
    check();
    return entries.get(hashed(key));
  }

  @Override
  public void put(PyObject key, PyObject value) {
    check();
    entries.put(hashed(key), Sequences.item(value));
  }

  @Override
  public List<PyObject> keys() {
    check();
    return new ArrayList<>(entries.keySet());
  }

  private static PyObject hashed(PyObject key) {
    if (Sequences.item(key) instanceof PureJavaObject o && !o.hashable()) {
      throw new PyTypeError("unhashable type: '" + o.typeFullName() + "'");
    }
    return key;
  }
}
