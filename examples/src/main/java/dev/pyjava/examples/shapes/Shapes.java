package dev.pyjava.examples.shapes;

import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyGetter;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.annotations.PySetter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Shapes: a Java class hierarchy as Python types, compared by area. */
@PyModule(classes = Drawing.class)
public final class Shapes {
  private Shapes() {}

  /** The shape of largest area among {@code shapes}, itself; the first of equal ones. */
  @PyFunction
  public static Shape biggest(List<Shape> shapes) {
    if (shapes.isEmpty()) {
      throw new IllegalArgumentException("biggest() of no shapes");
    }
    Shape biggest = shapes.get(0);
    for (Shape shape : shapes) {
      if (shape.compareTo(biggest) > 0) {
        biggest = shape;
      }
    }
    return biggest;
  }

  /** The shapes ordered by area, smallest first: the same objects in a new list. */
  @PyFunction
  public static List<Shape> byArea(List<Shape> shapes) {
    return shapes.stream().sorted(Comparator.naturalOrder()).toList();
  }

  /** The first shape of {@code kind} in {@code shapes}, or {@code None}. */
  @PyFunction
  public static Optional<Shape> firstOf(List<Shape> shapes, String kind) {
    return shapes.stream().filter(shape -> shape.kind().equals(kind)).findFirst();
  }

  /** The circle of radius 1, typed as any shape: Python sees a {@code Circle}. */
  @PyFunction
  public static Shape unit() {
    return new Circle(1);
  }

  /** A plane figure; Java's subclasses are its Python subclasses. */
  @PyClass
  public abstract static class Shape implements Comparable<Shape> {
    /** The area. */
    @PyFunction
    public abstract double area();

    /** What sort of shape it is: {@code "circle"}, {@code "rect"}. */
    @PyGetter
    public abstract String kind();

    /** One line about the shape, from its overridden methods. */
    @PyFunction
    public String describe() {
      return kind() + " of area " + String.format("%.2f", area());
    }

    /** Shapes order by area. */
    @Override
    public int compareTo(Shape other) {
      return Double.compare(area(), other.area());
    }
  }

  /** A circle of a given radius. */
  @PyClass
  public static final class Circle extends Shape {
    private double radius;

    /** A circle of {@code radius}, which must not be negative. */
    @PyConstructor
    public Circle(double radius) {
      setRadius(radius);
    }

    @Override
    public double area() {
      return Math.PI * radius * radius;
    }

    @Override
    public String kind() {
      return "circle";
    }

    /** The radius. */
    @PyGetter
    public double getRadius() {
      return radius;
    }

    /** Sets the radius, which must not be negative. */
    @PySetter
    public void setRadius(double radius) {
      if (radius < 0) {
        throw new IllegalArgumentException("a radius cannot be negative: " + radius);
      }
      this.radius = radius;
    }

    /** A new circle, {@code factor} times as wide. */
    @PyFunction
    public Circle scaled(double factor) {
      return new Circle(radius * factor);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Circle circle && circle.radius == radius;
    }

    @Override
    public int hashCode() {
      return Double.hashCode(radius);
    }

    @Override
    public String toString() {
      return "Circle(" + radius + ")";
    }
  }

  /** A rectangle; Python code may subclass it. */
  @PyClass(subclassable = true)
  public static class Rect extends Shape {
    private final double width;
    private final double height;

    /** A rectangle {@code width} by {@code height}. */
    @PyConstructor
    public Rect(double width, double height) {
      this.width = width;
      this.height = height;
    }

    @Override
    public double area() {
      return width * height;
    }

    @Override
    public String kind() {
      return "rect";
    }

    /** The width. */
    @PyGetter
    public double width() {
      return width;
    }

    /** The height. */
    @PyGetter
    public double height() {
      return height;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Rect rect && rect.width == width && rect.height == height;
    }

    @Override
    public int hashCode() {
      return Objects.hash(width, height);
    }

    @Override
    public String toString() {
      return "Rect(" + width + ", " + height + ")";
    }
  }
}
