package dev.pyjava.runtime;

import dev.pyjava.runtime.def.ItemType;
import java.util.ArrayList;
import java.util.List;

/** The primitive arrays of {@link ItemType}s, made and read for {@link Conversions}. */
final class PrimitiveArrays {
  private PrimitiveArrays() {}

  /** A new array of {@code size} items of {@code item}: {@code new double[size]}, ... */
  static Object newArray(ItemType item, int size) {
    return switch (item) {
      case BYTE -> new byte[size];
      case SHORT -> new short[size];
      case INT -> new int[size];
      case LONG -> new long[size];
      case FLOAT -> new float[size];
      case DOUBLE -> new double[size];
    };
  }

  /** Each item of the primitive array {@code array} as a Python int or float, in order. */
  static List<PyObject> items(Backend backend, Object array) {
    List<PyObject> items = new ArrayList<>();
    switch (array) {
      case short[] shorts -> {
        for (short v : shorts) {
          items.add(backend.integer(v));
        }
      }
      case int[] ints -> {
        for (int v : ints) {
          items.add(backend.integer(v));
        }
      }
      case long[] longs -> {
        for (long v : longs) {
          items.add(backend.integer(v));
        }
      }
      case float[] floats -> {
        for (float v : floats) {
          items.add(backend.floating(v));
        }
      }
      case double[] doubles -> {
        for (double v : doubles) {
          items.add(backend.floating(v));
        }
      }
      default ->
          throw new IllegalArgumentException(
              "not a short[], int[], long[], float[] or double[]: " + array.getClass().getName());
    }
    return items;
  }
}
