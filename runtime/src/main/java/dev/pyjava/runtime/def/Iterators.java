package dev.pyjava.runtime.def;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's iteration over a Java {@link Iterator}, for generated {@code __next__} methods and the
 * backends' iterators: the next item, or the end, which the backend turns into {@code
 * StopIteration}.
 */
public final class Iterators {
  private Iterators() {}

  /**
   * The next item of {@code iterator}.
   *
   * @throws NoSuchElementException (without a stack trace, so ending a loop costs little) when
   *     {@code hasNext()} is false: the end of the iteration
   */
  public static Object next(Iterator<?> iterator) {
    if (!iterator.hasNext()) {
      throw new End();
    }
    return iterator.next();
  }

  /** The end of an iteration: no stack trace, since it is no failure. */
  private static final class End extends NoSuchElementException {
    End() {
      super("the iterator has no more items");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
