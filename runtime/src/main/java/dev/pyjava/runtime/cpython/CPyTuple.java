package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.PyTuple;
import java.lang.ref.Reference;
import java.util.Iterator;

/** A Python {@code tuple} (or subclass) of the CPython backend. */
public final class CPyTuple extends CPyObject implements PyTuple {
  CPyTuple(long address, CallScope scope) {
    super(address, scope);
  }

  @Override
  public int size() {
    try {
      return Math.toIntExact(CApi.PyTuple_Size(address()));
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
  public Iterator<PyObject> iterator() {
    return new SequenceIterator(this::size, this::get);
  }
}
