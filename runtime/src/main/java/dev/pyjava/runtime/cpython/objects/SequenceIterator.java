package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyObject;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/** Iterates a list or tuple by index, seeing each item as it is when reached. */
final class SequenceIterator implements Iterator<PyObject> {
  private final IntSupplier size;
  private final IntFunction<PyObject> item;
  private int next;

  SequenceIterator(IntSupplier size, IntFunction<PyObject> item) {
    this.size = size;
    this.item = item;
  }

  @Override
  public boolean hasNext() {
    return next < size.getAsInt();
  }

  @Override
  public PyObject next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return item.apply(next++);
  }
}
