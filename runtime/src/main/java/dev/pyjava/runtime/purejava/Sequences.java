package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.exceptions.PyIndexError;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/** Index, repr and iteration rules shared by list and tuple. */
final class Sequences {
  private Sequences() {}

  /**
   * A Python index as a Java one: negative counts from the end.
   *
   * @throws PyIndexError with {@code message} when out of range
   */
  static int index(int index, int size, String message) {
    int i = index < 0 ? index + size : index;
    if (i < 0 || i >= size) {
      throw new PyIndexError(message);
    }
    return i;
  }

  /** {@code repr} of each item, joined by {@code ", "}. */
  static String joinReprs(List<PyObject> items) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(items.get(i).repr());
    }
    return out.toString();
  }

  /** Rejects Java {@code null} where Python needs an object. */
  static PyObject item(PyObject value) {
    return Objects.requireNonNull(value, "a Python object is required; use py.none() for None");
  }

  /**
   * Walks {@code items} as Python's list iterator does: by index, seeing changes made meanwhile,
   * with the lock checked at every step on {@code owner}'s behalf.
   */
  static Iterator<PyObject> byIndex(PureJavaObject owner, List<PyObject> items) {
    owner.check();
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        owner.check();
        return next < items.size();
      }

      @Override
      public PyObject next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items");
        }
        return items.get(next++);
      }
    };
  }
}
