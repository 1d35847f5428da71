package dev.pyjava.runtime.cpython.calls;

import dev.pyjava.runtime.bind.Variadics;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.objects.PythonErrors;

/**
 * The tuple {@code *args} receives and the dict {@code **kwargs} receives, made from an upcall's
 * vectorcall arguments as CPython makes them for a {@code def} function. GIL held.
 */
final class VariadicArguments {
  private VariadicArguments() {}

  /**
   * A new reference to the tuple of the positional arguments no parameter took.
   *
   * @param args the vectorcall array, read when {@code operands} is null
   * @param operands a slot's operands (borrowed), or null
   * @param nargs how many positional arguments were passed
   * @param slots the call's binding
   */
  static long positional(long args, long[] operands, int nargs, int[] slots) {
    int[] extra = Variadics.extraPositional(slots, nargs);
    long tuple = PythonErrors.nonNull(ContainerApi.PyTuple_New(extra.length));
    for (int j = 0; j < extra.length; j++) {
      long item = operands != null ? operands[extra[j]] : NativeMemory.readPointer(args, extra[j]);
      ObjectApi.Py_IncRef(item);
      // A new tuple's item is set once: PyTuple_SetItem steals the reference and cannot fail.
      ContainerApi.PyTuple_SetItem(tuple, j, item);
    }
    return tuple;
  }

  /**
   * A new reference to the dict of the keyword arguments no parameter took, in call order.
   *
   * @param args the vectorcall array: the positional arguments, then the keyword values
   * @param nargs how many positional arguments were passed
   * @param kwnames the tuple of keyword names, or 0 for none
   * @param slots the call's binding
   */
  static long keywords(long args, int nargs, long kwnames, int[] slots) {
    int keywordCount = kwnames == 0 ? 0 : (int) ContainerApi.PyTuple_Size(kwnames);
    long dict = PythonErrors.nonNull(ContainerApi.PyDict_New());
    try {
      for (int k : Variadics.extraKeywords(slots, nargs, keywordCount)) {
        long name = ContainerApi.PyTuple_GetItem(kwnames, k);
        long value = NativeMemory.readPointer(args, nargs + k);
        PythonErrors.nonNegative(ContainerApi.PyDict_SetItem(dict, name, value));
      }
      return dict;
    } catch (RuntimeException | Error e) {
      ObjectApi.Py_DecRef(dict);
      throw e;
    }
  }
}
