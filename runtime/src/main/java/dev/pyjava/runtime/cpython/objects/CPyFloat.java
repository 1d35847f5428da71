package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyFloat;
import dev.pyjava.runtime.cpython.ffi.capi.NumberApi;
import java.lang.ref.Reference;

/** A Python {@code float} (or subclass) of the CPython backend. */
final class CPyFloat extends CPyObject implements PyFloat {
  CPyFloat(long address, CallScope scope) {
    super(address, scope);
  }

  @Override
  public double doubleValue() {
    try {
      // Never fails: this wraps a float or float subclass.
      return NumberApi.PyFloat_AsDouble(address());
    } finally {
      Reference.reachabilityFence(this);
    }
  }
}
