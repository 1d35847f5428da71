package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyCallable;

/** A callable object: the wrapper of any object {@code PyCallable_Check} accepts. */
final class CPyCallable extends CPyObject implements PyCallable {
  CPyCallable(long address, CallScope scope) {
    super(address, scope);
  }
}
