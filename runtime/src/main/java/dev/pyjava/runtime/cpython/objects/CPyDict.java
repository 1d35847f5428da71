package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.cpython.ffi.capi.CApi;
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
      return Math.toIntExact(CApi.PyDict_Size(address()));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public PyObject get(PyObject key) {
    try {
      long value = CApi.PyDict_GetItemWithError(address(), addressOf(key));
      if (value == 0) {
        if (CApi.PyErr_Occurred() != 0) {
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
      PythonErrors.nonNegative(CApi.PyDict_SetItem(address(), addressOf(key), addressOf(value)));
    } finally {
      Reference.reachabilityFence(key);
      Reference.reachabilityFence(value);
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public List<PyObject> keys() {
    try {
      long list = PythonErrors.nonNull(CApi.PyDict_Keys(address()));
      try {
        int n = Math.toIntExact(CApi.PyList_Size(list));
        List<PyObject> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          keys.add(Wrappers.child(PythonErrors.nonNull(CApi.PySequence_GetItem(list, i)), scope()));
        }
        return keys;
      } finally {
        CApi.Py_DecRef(list);
      }
    } finally {
      Reference.reachabilityFence(this);
    }
  }
}
