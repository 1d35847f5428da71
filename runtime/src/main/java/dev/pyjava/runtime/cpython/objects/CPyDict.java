package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ErrorApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/** A Python {@code dict} (or subclass) of the CPython backend. */
final class CPyDict extends CPyObject implements PyDict {
  CPyDict(long address, CallScope scope) {
    super(address, scope);
  }

  @Override
  public int size() {
    try {
      return Math.toIntExact(ContainerApi.PyDict_Size(address()));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public PyObject get(PyObject key) {
    try {
      long value = ContainerApi.PyDict_GetItemWithError(address(), addressOf(key));
      if (value == 0) {
        if (ErrorApi.PyErr_Occurred() != 0) {
          throw PythonErrors.fetch();
        }
        return null;
      }
      return Wrappers.childBorrowed(value, scope());
    } finally {
      Reference.reachabilityFence(key);
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public void put(PyObject key, PyObject value) {
    try {
      PythonErrors.nonNegative(ContainerApi.PyDict_SetItem(address(), addressOf(key), addressOf(value)));
    } finally {
      Reference.reachabilityFence(key);
      Reference.reachabilityFence(value);
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public List<PyObject> keys() {
    try {
      long list = PythonErrors.nonNull(ContainerApi.PyDict_Keys(address()));
      try {
        int n = Math.toIntExact(ContainerApi.PyList_Size(list));
        List<PyObject> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          keys.add(Wrappers.child(PythonErrors.nonNull(ObjectApi.PySequence_GetItem(list, i)), scope()));
        }
        return keys;
      } finally {
        ObjectApi.Py_DecRef(list);
      }
    } finally {
      Reference.reachabilityFence(this);
    }
  }
}
