package dev.pyjava.runtime.cpython;

import java.util.Arrays;

/**
 * The wrappers one upcall makes for its arguments (and for items read out of them) when none of
 * them can reach user code: they cost no {@link java.lang.ref.Cleaner} registration, and when the
 * call returns each is invalidated and the references they hold are dropped.
 */
final class CallScope {
  private static final int INITIAL_CAPACITY = 4;

  private CPyObject[] members = new CPyObject[INITIAL_CAPACITY];
  private boolean[] ownsReference = new boolean[INITIAL_CAPACITY];
  private int size;

  /**
   * Adds a wrapper to invalidate at {@link #close()}.
   *
   * @param ownsReference whether the wrapper holds a reference to drop then (an argument is
   *     borrowed from the caller and does not)
   */
  void add(CPyObject wrapper, boolean ownsReference) {
    if (size == members.length) {
      members = Arrays.copyOf(members, size * 2);
      this.ownsReference = Arrays.copyOf(this.ownsReference, size * 2);
    }
    members[size] = wrapper;
    this.ownsReference[size] = ownsReference;
    size++;
  }

  /** Ends the call: invalidates every wrapper and drops the references they own. GIL held. */
  void close() {
    for (int i = 0; i < size; i++) {
      long address = members[i].invalidate();
      if (ownsReference[i] && address != 0) {
        CApi.Py_DecRef(address);
      }
      members[i] = null;
    }
    size = 0;
  }
}
