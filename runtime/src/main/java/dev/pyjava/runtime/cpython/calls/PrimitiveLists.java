package dev.pyjava.runtime.cpython.calls;

import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.NumberApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.objects.PythonErrors;

/**
 * A {@code short[]}, {@code int[]}, {@code long[]}, {@code float[]} or {@code double[]} result as
 * a new Python list of ints or floats, made item by item with no wrapper. GIL held.
 */
final class PrimitiveLists {
  private PrimitiveLists() {}

  /** A new reference to the list of {@code array}'s items. */
  static long newReference(Object array) {
    int size = java.lang.reflect.Array.getLength(array);
    long list = PythonErrors.nonNull(ContainerApi.PyList_New(size));
    try {
      for (int i = 0; i < size; i++) {
        long item =
            PythonErrors.nonNull(
                switch (array) {
                  case short[] shorts -> NumberApi.PyLong_FromLongLongCritical(shorts[i]);
                  case int[] ints -> NumberApi.PyLong_FromLongLongCritical(ints[i]);
                  case long[] longs -> NumberApi.PyLong_FromLongLongCritical(longs[i]);
                  case float[] floats -> NumberApi.PyFloat_FromDoubleCritical(floats[i]);
                  case double[] doubles -> NumberApi.PyFloat_FromDoubleCritical(doubles[i]);
                  default ->
                      throw new IllegalArgumentException(
                          "not a short[], int[], long[], float[] or double[]: "
                              + array.getClass().getName());
                });
        ContainerApi.PyList_SetItem(list, i, item); // steals item; cannot fail on a new list
      }
    } catch (RuntimeException failure) {
      ObjectApi.Py_DecRef(list);
      throw failure;
    }
    return list;
  }
}
