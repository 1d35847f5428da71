package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import java.lang.ref.Reference;

/** A Python {@code list} (or subclass) of the CPython backend. */
final class CPyList extends CPySequence implements PyList {
  CPyList(long address, CallScope scope) {
    super(address, scope);
  }

  @Override
  long sizeOf(long address) {
    return ContainerApi.PyList_Size(address);
  }

  @Override
  public void set(int index, PyObject value) {
    try {
      PythonErrors.nonNegative(ObjectApi.PySequence_SetItem(address(), index, addressOf(value)));
    } finally {
      Reference.reachabilityFence(value);
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public void append(PyObject value) {
    try {
      PythonErrors.nonNegative(ContainerApi.PyList_Append(address(), addressOf(value)));
    } finally {
      Reference.reachabilityFence(value);
      Reference.reachabilityFence(this);
    }
  }
}
