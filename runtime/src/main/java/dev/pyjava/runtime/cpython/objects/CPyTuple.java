package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyTuple;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;

/** A Python {@code tuple} (or subclass) of the CPython backend. */
final class CPyTuple extends CPySequence implements PyTuple {
  CPyTuple(long address, CallScope scope) {
    super(address, scope);
  }

  @Override
  long sizeOf(long address) {
    return ContainerApi.PyTuple_Size(address);
  }
}
