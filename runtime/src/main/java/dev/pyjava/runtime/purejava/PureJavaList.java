package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyObject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A Python {@code list}. */
final class PureJavaList extends PureJavaObject implements PyList {
  private final List<PyObject> items;

  PureJavaList(PureJavaBackend backend, List<? extends PyObject> items) {
    super(backend);
    this.items = new ArrayList<>(items.size());
    for (PyObject item : items) {
      this.items.add(Sequences.item(item));
    }
  }

  @Override
  String type() {
    return "list";
  }

  @Override
  String computeRepr() {
    return backend.reprOnce(this, "[...]", () -> "[" + Sequences.joinReprs(items) + "]");
  }

  @Override
  boolean truth() {
    return !items.isEmpty();
  }

  @Override
  boolean hashable() {
    return false;
  }

  @Override
  public int size() {
    check();
    return items.size();
  }

  @Override
  public PyObject get(int index) {
    check();
    return items.get(Sequences.index(index, items.size(), "list index out of range"));
  }

  @Override
  public void set(int index, PyObject value) {
    check();
    PyObject item = Sequences.item(value);
    items.set(Sequences.index(index, items.size(), "list assignment index out of range"), item);
  }

  @Override
  public void append(PyObject value) {
    check();
    items.add(Sequences.item(value));
  }

  /** Walks the list as Python's iterator does: by index, seeing changes made meanwhile. */
  @Override
  public Iterator<PyObject> iterator() {
    return Sequences.byIndex(this, items);
  }
}
