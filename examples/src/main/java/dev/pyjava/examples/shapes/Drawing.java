package dev.pyjava.examples.shapes;

import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyGetter;
import dev.pyjava.examples.shapes.Shapes.Shape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Shapes in the order they were drawn: a sequence ({@code len}, {@code d[i]}, {@code in}, {@code
 * for}) and a context manager that closes it.
 */
@PyClass
public final class Drawing implements Iterable<Shape>, AutoCloseable {
  private final List<Shape> shapes = new ArrayList<>();
  private boolean closed;

  /** An empty drawing. */
  @PyConstructor
  public Drawing() {}

  /** Draws {@code shape} on top; a closed drawing refuses. */
  @PyFunction
  public void add(Shape shape) {
    if (closed) {
      throw new IllegalStateException("the drawing is closed");
    }
    shapes.add(shape);
  }

  /** How many shapes are drawn. */
  @PyFunction(name = "__len__")
  public int size() {
    return shapes.size();
  }

  /** The shape drawn {@code index}th, from 0. */
  @PyFunction(name = "__getitem__")
  public Shape get(int index) {
    return shapes.get(index);
  }

  /** Whether {@code shape} itself is drawn. */
  @PyFunction(name = "__contains__")
  public boolean contains(Shape shape) {
    return shapes.stream().anyMatch(drawn -> drawn == shape);
  }

  /** Whether the drawing is closed. */
  @PyGetter
  public boolean isClosed() {
    return closed;
  }

  @Override
  public Iterator<Shape> iterator() {
    return List.copyOf(shapes).iterator();
  }

  /** Closes the drawing: it keeps its shapes but takes no more. */
  @Override
  public void close() {
    closed = true;
  }
}
