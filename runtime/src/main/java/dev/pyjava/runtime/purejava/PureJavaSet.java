package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Python {@code set} or {@code frozenset}: its items by Python equality, as a dict's keys are.
 * Only a frozenset is hashable. Kept in insertion order, which Python does not promise.
 */
final class PureJavaSet extends PureJavaObject {
  private final Set<PyObject> items = new LinkedHashSet<>();
  private final boolean frozen;

  PureJavaSet(PureJavaBackend backend, List<? extends PyObject> items, boolean frozen) {
    super(backend);
    this.frozen = frozen;
    for (PyObject item : items) {
      if (Sequences.item(item) instanceof PureJavaObject o && !o.hashable()) {
        throw new PyTypeError("unhashable type: '" + o.typeFullName() + "'");
      }
      this.items.add(item);
    }
  }

  @Override
  String type() {
    return frozen ? "frozenset" : "set";
  }

  @Override
  String computeRepr() {
    if (items.isEmpty()) {
      return type() + "()";
    }
    return backend.reprOnce(
        this,
        type() + "(...)",
        () -> {
          String braces = "{" + Sequences.joinReprs(new ArrayList<>(items)) + "}";
          return frozen ? "frozenset(" + braces + ")" : braces;
        });
  }

  @Override
  boolean truth() {
    return !items.isEmpty();
  }

  @Override
  boolean hashable() {
    return frozen;
  }

  /** The items, in insertion order. */
  List<PyObject> items() {
    check();
    return new ArrayList<>(items);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PureJavaSet s && items.equals(s.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }
}
