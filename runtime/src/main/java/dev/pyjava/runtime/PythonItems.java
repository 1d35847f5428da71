package dev.pyjava.runtime;

import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyStopIteration;
import java.util.Iterator;
import java.util.function.Function;

/**
 * The items of one Python iterator ({@code iter(iterable)}), read one at a time: what a backend
 * gives {@link Conversions} for an {@code Iterator<T>}, {@code Iterable<T>} or {@code Stream<T>}
 * argument ({@link Backend#items}). Every method needs the interpreter lock; the lazy Java views
 * over it take the lock for each item themselves. Not thread-safe: those views serialise their
 * calls.
 */
public interface PythonItems {
  /** What {@link #next} returns once the iterator is exhausted. */
  Object END = new Object();

  /**
   * The next item, as {@code convert} makes it, or {@link #END}. {@code convert} gets the item,
   * which is valid only during that call (it must {@link PyObject#retain()} it to keep it). At the
   * end the iterator is let go of, as by {@link #close()}. Lock held.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what the Python iterator raises, and what
   *     {@code convert} throws
   */
  Object next(Function<PyObject, Object> convert);

  /** Lets go of the Python iterator now; {@link #next} then returns {@link #END}. Lock held. */
  void close();

  /**
   * The items of {@code iterable} through the {@link PyObject} interfaces alone: a {@link PyList}
   * or {@link PyTuple} by index, a {@link PyDict}'s keys, else {@code __iter__()} and then {@code
   * __next__()} until {@code StopIteration}; {@code null} when it is none of these. It holds a
   * retained handle, so it outlives the call. The backends' fallback, for objects the backend has
   * no faster way to iterate. Lock held.
   */
  static PythonItems through(PyObject iterable) {
    iterable = iterable.retain();
    if (iterable instanceof Iterable<?> javaIterable) {
      return ofJava(javaIterable.iterator());
    }
    if (iterable instanceof PyDict dict) {
      return ofJava(dict.keys().iterator());
    }
    PyObject next;
    try {
      next = iterable.getAttr("__iter__").call().getAttr("__next__").retain();
    } catch (PyAttributeError notIterable) {
      return null;
    }
    return new PythonItems() {
      private boolean done;

      @Override
      public Object next(Function<PyObject, Object> convert) {
        if (done) {
          return END;
        }
        PyObject item;
        try {
          item = next.call();
        } catch (PyStopIteration end) {
          done = true;
          return END;
        }
        return convert.apply(item);
      }

      @Override
      public void close() {
        done = true;
      }
    };
  }

  private static PythonItems ofJava(Iterator<?> items) {
    return new PythonItems() {
      private boolean done;

      @Override
      public Object next(Function<PyObject, Object> convert) {
        if (done || !items.hasNext()) {
          done = true;
          return END;
        }
        return convert.apply((PyObject) items.next());
      }

      @Override
      public void close() {
        done = true;
      }
    };
  }
}
