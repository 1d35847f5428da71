package dev.pyjava.runtime;

import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

/**
 * Arguments of the lazy kinds ({@link TypeSpec#isLazy()}): any Python iterable, as a Java {@code
 * Iterator}, {@code Iterable} or {@code Stream} that reads its items only when Java asks for them
 * ({@link LazyItems}). {@code iter()} is called during the call, so a value that is not iterable
 * fails there, as any other mismatch does. The Python iterator is let go of when it is exhausted,
 * when a {@code Stream} is closed, or else once Java no longer reaches the iterator.
 */
final class IterableArguments {
  private IterableArguments() {}

  /**
   * {@code value} as the Java value of {@code type}, a lazy kind; {@code argument} names it in
   * messages ({@code f() argument 'words'}). Lock held.
   *
   * @throws PyTypeError {@code f() argument 'words' must be Iterable[str], not int}
   */
  static Object toJava(PyObject value, TypeSpec type, String argument) {
    PythonItems first = Backends.current().items(value);
    if (first == null) {
      throw new PyTypeError(
          argument
              + " must be Iterable["
              + LazyItems.itemType(type.element()).pythonName()
              + "], not "
              + value.typeName());
    }
    return switch (type.kind()) {
      case ITERATOR -> new LazyItems(first, type.element(), argument);
      case ITERABLE -> once(new LazyItems(first, type.element(), argument));
      case STREAM -> {
        LazyItems items = new LazyItems(first, type.element(), argument);
        yield StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)
            .onClose(items::close);
      }
      default -> throw new IllegalArgumentException(type + " is not a lazy kind");
    };
  }

  /**
   * An {@code Iterable} of one pass, as the Python iterable's {@code iter()} allows (a generator
   * has one): its {@code iterator()} is {@code items}, once. Holding no reference to the iterable
   * itself, it lets go of everything when the pass ends.
   */
  private static Iterable<Object> once(LazyItems items) {
    return new Iterable<>() {
      private LazyItems unused = items;

      @Override
      public synchronized Iterator<Object> iterator() {
        LazyItems pass = unused;
        if (pass == null) {
          throw new IllegalStateException(
              "a Python iterable taken as Iterable<T> gives one iterator() only: take List<T> to"
                  + " read it twice");
        }
        unused = null;
        return pass;
      }
    };
  }
}
