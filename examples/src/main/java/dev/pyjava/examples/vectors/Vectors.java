package dev.pyjava.examples.vectors;

import dev.pyjava.annotations.AllowThreads;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;
import java.nio.DoubleBuffer;

/**
 * Numbers in bulk: a numpy array, an {@code array.array} or a list of floats, summed as a copy
 * ({@code double[]}) or in place through a view of its memory ({@code DoubleBuffer}, no copy).
 */
@PyModule
public final class Vectors {
  private Vectors() {}

  /** The sum of {@code values}, copied into a {@code double[]} first. */
  @PyFunction
  public static double sum(double[] values) {
    double total = 0;
    for (double value : values) {
      total += value;
    }
    return total;
  }

  /** The sum of {@code values}, read in place (a C-contiguous float64 buffer), GIL released. */
  @PyFunction
  @AllowThreads
  public static double sumView(DoubleBuffer values) {
    double total = 0;
    for (int i = 0, n = values.limit(); i < n; i++) {
      total += values.get(i);
    }
    return total;
  }

  /** Multiplies every item of {@code values} by {@code factor} in place, GIL released. */
  @PyFunction
  @AllowThreads
  public static void scale(DoubleBuffer values, double factor) {
    for (int i = 0, n = values.limit(); i < n; i++) {
      values.put(i, values.get(i) * factor);
    }
  }
}
