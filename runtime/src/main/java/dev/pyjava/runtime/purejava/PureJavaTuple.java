package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.PyTuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** A Python {@code tuple}: immutable; hashable when its items are. */
final class PureJavaTuple extends PureJavaObject implements PyTuple {
  private final List<PyObject> items;

  PureJavaTuple(PureJavaBackend backend, List<? extends PyObject> items) {
    super(backend);
    List<PyObject> copy = new ArrayList<>(items.size());
    for (PyObject item : items) {
      copy.add(Sequences.item(item));
    }
    this.items = Collections.unmodifiableList(copy);
  }

  @Override
  String type() {
    return "tuple";
  }

  @Override
  String computeRepr() {
    if (items.size() == 1) {
      return backend.reprOnce(this, "(...)", () -> "(" + items.get(0).repr() + ",)");
    }
    return backend.reprOnce(this, "(...)", () -> "(" + Sequences.joinReprs(items) + ")");
  }

  @Override
  boolean truth() {
    return !items.isEmpty();
  }

  @Override
  boolean hashable() {
    for (PyObject item : items) {
      if (item instanceof PureJavaObject o && !o.hashable()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int size() {
    check();
    return items.size();
  }

  @Override
  public PyObject get(int index) {
    check();
    return items.get(Sequences.index(index, items.size(), "tuple index out of range"));
  }

  @Override
  public Iterator<PyObject> iterator() {
    return Sequences.byIndex(this, items);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PureJavaTuple t && items.equals(t.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }
}
