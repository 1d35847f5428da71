package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyObject;
import java.lang.ref.Reference;
import java.util.Iterator;

/** A Python {@code list} (or subclass) of the CPython backend. */
public final class CPyList extends CPyObject implements PyList {
  CPyList(long address, CallScope scope) {
    super(address, scope);
  }

  @Override
  public int size() {
    try {
      return Math.toIntExact(CApi.PyList_Size(address()));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public PyObject get(int index) {
    try {
      return Wrappers.child(PythonErrors.nonNull(CApi.PySequence_GetItem(address(), index)), scope());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public void set(int index, PyObject value) {
    try {
      PythonErrors.nonNegative(CApi.PySequence_SetItem(address(), index, addressOf(value)));
    } finally {
      Reference.reachabilityFence(value);
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public void append(PyObject value) {
    try {
      PythonErrors.nonNegative(CApi.PyList_Append(address(), addressOf(value)));
    } finally {
      Reference.reachabilityFence(value);
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public Iterator<PyObject> iterator() {
    return new SequenceIterator(this::size, this::get);
  }
}
