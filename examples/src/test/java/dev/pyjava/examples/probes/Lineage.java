package dev.pyjava.examples.probes;

import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyGetter;
import dev.pyjava.annotations.PyModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Java inheritance as Python inheritance, for the Python tests: an abstract {@code Shape}, its
 * subclasses (one through a class that is not a {@code @PyClass}, one listed and top-level), and
 * functions taking and returning shapes bare, in lists, maps and optionals.
 */
@PyModule(name = "lineage", classes = Ring.class)
public final class Lineage {
  private Lineage() {}

  /** A shape with a label; Python cannot make one, only its subclasses. */
  @PyClass
  public abstract static class Shape {
    private final String label;

    Shape(String label) {
      this.label = label;
    }

    /** The area. */
    @PyFunction
    public abstract double area();

    /** The label and the area. */
    @PyFunction
    public String describe() {
      return label + " of area " + area();
    }

    /** The label it was made with. */
    @PyGetter
    public String getLabel() {
      return label;
    }
  }

  /** A circle (final in Python). */
  @PyClass
  public static final class Circle extends Shape {
    private final double radius;

    /** A circle of {@code radius}. */
    @PyConstructor
    public Circle(double radius) {
      super("circle");
      this.radius = radius;
    }

    @Override
    public double area() {
      return 3.0 * radius * radius;
    }

    /** The radius. */
    @PyGetter
    public double getRadius() {
      return radius;
    }
  }

  /** A square Python may subclass. */
  @PyClass(subclassable = true)
  public static class Square extends Shape {
    private final double side;

    /** A square of {@code side}. */
    @PyConstructor
    public Square(double side) {
      super("square");
      this.side = side;
    }

    @Override
    public double area() {
      return side * side;
    }

    /** Says it is a square, overriding {@code Shape.describe}. */
    @Override
    @PyFunction
    public String describe() {
      return "a square of side " + side;
    }
  }

  /** A Java class between two {@code @PyClass} classes: not a Python type of its own. */
  public abstract static class Polygon extends Shape {
    Polygon(String label) {
      super(label);
    }

    /** Not a Python method: {@code Polygon} has no Python type. */
    public int corners() {
      return 3;
    }
  }

  /** A triangle, a {@code Shape} in Python through {@code Polygon}. */
  @PyClass
  public static final class Triangle extends Polygon {
    private final double base;
    private final double height;

    /** A triangle of {@code base} and {@code height}. */
    @PyConstructor
    public Triangle(double base, double height) {
      super("triangle");
      this.base = base;
      this.height = height;
    }

    @Override
    public double area() {
      return base * height / 2;
    }
  }

  /** A Java subclass with no Python type: it comes back as its nearest one, a {@code Shape}. */
  static final class Dot extends Shape {
    Dot() {
      super("dot");
    }

    @Override
    public double area() {
      return 0;
    }
  }

  private static final Circle KEPT = new Circle(1);

  /**
   * The same Java circle every time: threads that each drop it at once race the lookup of its
   * instance against that instance's {@code tp_dealloc}.
   */
  @PyFunction
  public static Shape kept() {
    return KEPT;
  }

  /** The shape of largest area (the first of equals). */
  @PyFunction
  public static Shape biggest(List<Shape> shapes) {
    return shapes.stream().max(Comparator.comparingDouble(Shape::area)).orElseThrow();
  }

  /** The shapes from smallest to largest area. */
  @PyFunction
  public static List<Shape> by_area(List<Shape> shapes) {
    List<Shape> sorted = new ArrayList<>(shapes);
    sorted.sort(Comparator.comparingDouble(Shape::area));
    return sorted;
  }

  /** The first shape labelled {@code label}, if any. */
  @PyFunction
  public static Optional<Shape> find(List<Shape> shapes, String label) {
    return shapes.stream().filter(s -> s.getLabel().equals(label)).findFirst();
  }

  /** The shapes by label (the last of each). */
  @PyFunction
  public static Map<String, Shape> by_label(List<Shape> shapes) {
    Map<String, Shape> map = new LinkedHashMap<>();
    for (Shape shape : shapes) {
      map.put(shape.getLabel(), shape);
    }
    return map;
  }

  /** The sum of the areas of the map's values. */
  @PyFunction
  public static double total_area(Map<String, Shape> shapes) {
    return shapes.values().stream().mapToDouble(Shape::area).sum();
  }

  /** The area of {@code shape} or 0 for None. */
  @PyFunction
  public static double area_or_zero(Optional<Shape> shape) {
    return shape.map(Shape::area).orElse(0.0);
  }

  /** A new shape of kind {@code kind}, declared as {@code Shape}. */
  @PyFunction
  public static Shape make(String kind) {
    return switch (kind) {
      case "circle" -> new Circle(1);
      case "square" -> new Square(1);
      case "triangle" -> new Triangle(1, 2);
      case "ring" -> new Ring(1, 2);
      default -> new Dot();
    };
  }

  /** {@code circle}, declared as {@code Shape}. */
  @PyFunction
  public static Shape as_shape(Circle circle) {
    return circle;
  }

  /** The wider of two rings. */
  @PyFunction
  public static Ring wider(Ring a, Ring b) {
    return b.getOuter() > a.getOuter() ? b : a;
  }

  /** The rings of {@code shapes}. */
  @PyFunction
  public static List<Ring> rings(List<Shape> shapes) {
    return shapes.stream().filter(Ring.class::isInstance).map(Ring.class::cast).toList();
  }
}
