package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyBytes;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import java.lang.ref.Reference;

/** A Python {@code bytes} (or subclass) of the CPython backend. */
final class CPyBytes extends CPyObject implements PyBytes {
  CPyBytes(long address, CallScope scope) {
    super(address, scope);
  }

  @Override
  public byte[] toByteArray() {
    try {
      long self = address();
      long data = PythonErrors.nonNull(ContainerApi.PyBytes_AsString(self));
      return NativeMemory.readBytes(data, ContainerApi.PyBytes_Size(self));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public int length() {
    try {
      return Math.toIntExact(ContainerApi.PyBytes_Size(address()));
    } finally {
      Reference.reachabilityFence(this);
    }
  }
}
