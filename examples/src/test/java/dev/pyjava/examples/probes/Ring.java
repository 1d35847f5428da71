package dev.pyjava.examples.probes;

import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyGetter;

/** A ring: a top-level class that {@link Lineage} lists, a {@code Shape} in Python. */
@PyClass
public final class Ring extends Lineage.Shape {
  private final double inner;
  private final double outer;

  /** A ring between radii {@code inner} and {@code outer}. */
  @PyConstructor
  public Ring(double inner, double outer) {
    super("ring");
    this.inner = inner;
    this.outer = outer;
  }

  @Override
  public double area() {
    return 3.0 * (outer * outer - inner * inner);
  }

  /** The outer radius. */
  @PyGetter
  public double getOuter() {
    return outer;
  }
}
