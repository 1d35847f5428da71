package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.Iterators;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyStopIteration;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * A Python iterator over a Java {@link Iterator} (what {@code __iter__} of an {@code Iterable<T>}
 * returns, and a result typed {@code Iterator<T>}, {@code Iterable<T>} or {@code Stream<T>}),
 * named as the CPython backend's ({@code pyjava.JavaIterator}): {@code __next__} gives the next
 * item, converted by the rule of {@code T}, and raises {@code StopIteration} at the end, closing a
 * stream first; {@code __iter__} gives the iterator itself. (Objects of this backend are never
 * freed as CPython's are, so a stream not read to its end is not closed.)
 */
final class PureJavaIterator extends PureJavaObject {
  private final Iterator<?> iterator;
  private final TypeSpec item;
  private AutoCloseable stream;

  /** {@code stream}, when not null, is closed once {@code iterator}, its iterator, ends. */
  PureJavaIterator(
      PureJavaBackend backend, Iterator<?> iterator, AutoCloseable stream, TypeSpec item) {
    super(backend);
    this.iterator = iterator;
    this.stream = stream;
    this.item = item;
  }

  @Override
  String type() {
    return "JavaIterator";
  }

  @Override
  String typeFullName() {
    return "pyjava.JavaIterator";
  }

  @Override
  String computeRepr() {
    return "<pyjava.JavaIterator object at " + address() + ">";
  }

  @Override
  boolean truth() {
    return true;
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    return switch (name) {
      case "__next__" -> new MethodWrapper(backend, this, name, this::next);
      case "__iter__" -> new MethodWrapper(backend, this, name, () -> this);
      default ->
          throw new PyAttributeError(
              "'" + typeFullName() + "' object has no attribute '" + name + "'");
    };
  }

  /**
   * The next item.
   *
   * @throws PyStopIteration at the end
   * @throws dev.pyjava.runtime.exceptions.PyException whatever else the Java iterator throws,
   *     mapped as a function's exceptions are
   */
  private PyObject next() {
    Object value;
    try {
      value = Iterators.next(iterator);
    } catch (NoSuchElementException end) {
      closeStream();
      throw new PyStopIteration(null);
    } catch (Throwable t) {
      throw ExceptionMapper.toPython(t);
    }
    return backend.instances().toPython(item, value);
  }

  /** Closes the stream, once; a failing {@code close()} raises instead of {@code StopIteration}. */
  private void closeStream() {
    AutoCloseable open = stream;
    stream = null;
    if (open != null) {
      try {
        open.close();
      } catch (Throwable t) {
        throw ExceptionMapper.toPython(t);
      }
    }
  }

  /** A slot method bound to its object ({@code it.__next__}), taking no arguments. */
  private static final class MethodWrapper extends PureJavaCallable {
    private final PureJavaObject self;
    private final String name;
    private final Supplier<PyObject> body;

    MethodWrapper(
        PureJavaBackend backend, PureJavaObject self, String name, Supplier<PyObject> body) {
      super(backend);
      this.self = self;
      this.name = name;
      this.body = body;
    }

    @Override
    String type() {
      return "method-wrapper";
    }

    @Override
    String computeRepr() {
      return "<method-wrapper '"
          + name
          + "' of "
          + self.typeFullName()
          + " object at "
          + self.address()
          + ">";
    }

    @Override
    PyObject invoke(CallArguments arguments) {
      if (arguments.kwnames() != null && arguments.kwnames().length != 0) {
        throw new PyTypeError("wrapper " + name + "() takes no keyword arguments");
      }
      if (arguments.positional().length != 0) {
        throw new PyTypeError("expected 0 arguments, got " + arguments.positional().length);
      }
      return body.get();
    }
  }
}
