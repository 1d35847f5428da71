package dev.pyjava.runtime;

import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A Java {@link Iterator} over a Python iterator's items, each converted as the element type of an
 * {@code Iterator<T>}, {@code Iterable<T>} or {@code Stream<T>} parameter says when Java asks for
 * it. Usable on any thread, during the call and after it: each read takes the interpreter lock
 * ({@link Python#withGil}, re-entrant), so the consumer may run with the lock released (an
 * {@code @AllowThreads} body, a parallel stream's workers). Reads are serialised on this object.
 *
 * <p>An item of the wrong type is a {@code TypeError} naming the argument and the item's index
 * ({@code f() argument 'words' item 2 must be str, not int}), and so is {@code None} unless the
 * element is an {@code Optional} (an {@code Iterator<Long>} never gives null); what the Python
 * iterator raises reaches Java as that exception, and back in Python it is the same exception
 * object.
 */
final class LazyItems implements Iterator<Object> {
  /** {@link #lookahead} when no item has been read ahead. */
  private static final Object NOT_READ = new Object();

  private final PythonItems source;
  private final TypeSpec item;
  private final String argument;
  private Object lookahead = NOT_READ;
  private boolean done;
  private int index;

  /**
   * @param source the Python iterator's items
   * @param item the element type
   * @param argument the argument as messages name it: {@code f() argument 'words'}
   */
  LazyItems(PythonItems source, TypeSpec item, String argument) {
    this.source = source;
    this.item = itemType(item);
    this.argument = argument;
  }

  /** {@code element} as each item converts: unboxed, since only an {@code Optional} takes None. */
  static TypeSpec itemType(TypeSpec element) {
    return element.boxed()
        ? new TypeSpec(
            element.kind(), false, element.element(), element.objectType(), element.instanceName())
        : element;
  }

  @Override
  public synchronized boolean hasNext() {
    if (lookahead == NOT_READ) {
      lookahead = read();
    }
    return lookahead != PythonItems.END;
  }

  @Override
  public synchronized Object next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the Python iterable has no more items");
    }
    Object value = lookahead;
    lookahead = NOT_READ;
    return value;
  }

  /** Lets go of the Python iterator, unless it is exhausted already. Takes the lock. */
  synchronized void close() {
    if (!done) {
      done = true;
      lookahead = PythonItems.END;
      Python.withGil(
          py -> {
            source.close();
            return null;
          });
    }
  }

  private Object read() {
    if (done) {
      return PythonItems.END;
    }
    Object value = Python.withGil(py -> source.next(this::convert));
    if (value == PythonItems.END) {
      done = true;
    }
    return value;
  }

  /** One item as the element type; lock held. */
  private Object convert(PyObject value) {
    int position = index++;
    if (item.kind() == TypeSpec.Kind.OBJECT) {
      if (!item.objectType().isInstance(value)) {
        throw new PyTypeError(
            argument
                + " item "
                + position
                + " must be "
                + item.pythonName()
                + ", not "
                + value.typeName());
      }
      return value.retain();
    }
    try {
      return Conversions.convert(value, item);
    } catch (ConversionMismatch mismatch) {
      throw new PyTypeError(argument + mismatch.inside("item " + position).detail());
    }
  }
}
