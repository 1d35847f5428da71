package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.SequenceItems;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import java.lang.ref.Reference;
import java.util.Iterator;

/** What a {@code list} and a {@code tuple} of the CPython backend read alike. */
abstract class CPySequence extends CPyObject implements Iterable<PyObject>, SequenceItems {
  CPySequence(long address, CallScope scope) {
    super(address, scope);
  }

  /** {@code len(self)} through the type's own C call, the GIL and validity already checked. */
  abstract long sizeOf(long address);

  /** {@code len(self)}. */
  public final int size() {
    try {
      return Math.toIntExact(sizeOf(address()));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** {@code self[index]}; a negative index counts from the end. */
  public final PyObject get(int index) {
    try {
      return Wrappers.child(PythonErrors.nonNull(ObjectApi.PySequence_GetItem(address(), index)), scope());
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** Each item in a call scope of its own, closed (the reference dropped) after {@code consume}. */
  @Override
  public final void forEachItem(int size, ItemConsumer consume) {
    CallScope scope = new CallScope();
    try {
      long address = address();
      for (int i = 0; i < size; i++) {
        try {
          consume.accept(i, Wrappers.child(PythonErrors.nonNull(ObjectApi.PySequence_GetItem(address, i)), scope));
        } finally {
          scope.close();
        }
      }
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public final Iterator<PyObject> iterator() {
    return new SequenceIterator(this::size, this::get);
  }
}
