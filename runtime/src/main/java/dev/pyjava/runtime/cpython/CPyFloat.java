package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyFloat;
import java.lang.ref.Reference;

/** A Python {@code float} (or subclass) of the CPython backend. */
public final class CPyFloat extends CPyObject implements PyFloat {
  CPyFloat(long address, CallScope scope) {
    super(address, scope);
  }

  @Override
  public double doubleValue() {
    try {
      double value = CApi.PyFloat_AsDouble(address());
      if (value == -1.0 && CApi.PyErr_Occurred() != 0) {
        throw PythonErrors.fetch();
      }
      return value;
    } finally {
      Reference.reachabilityFence(this);
    }
  }
}
