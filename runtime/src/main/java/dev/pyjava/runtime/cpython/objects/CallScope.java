package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The wrappers one upcall makes for its arguments (and for items read out of them) when none of
 * them can reach user code: they cost no {@link java.lang.ref.Cleaner} registration, and when the
 * call returns each is invalidated and the references they hold are dropped.
 *
 * <p>Most calls make one wrapper or none, so the first is held in a field and the arrays are made
 * only for a second.
 */
public final class CallScope {
  private static final int INITIAL_CAPACITY = 4;

  private CPyObject first;
  private boolean firstOwnsReference;
  private CPyObject[] more;
  private boolean[] moreOwnReferences;
  private int moreSize;
  private List<Runnable> releases;

  /**
   * Adds a wrapper to invalidate at {@link #close()}.
   *
   * @param ownsReference whether the wrapper holds a reference to drop then (an argument is
   *     borrowed from the caller and does not)
   */
  void add(CPyObject wrapper, boolean ownsReference) {
    if (first == null && moreSize == 0) {
      first = wrapper;
      firstOwnsReference = ownsReference;
      return;
    }
    if (more == null) {
      more = new CPyObject[INITIAL_CAPACITY];
      moreOwnReferences = new boolean[INITIAL_CAPACITY];
    } else if (moreSize == more.length) {
      more = Arrays.copyOf(more, moreSize * 2);
      moreOwnReferences = Arrays.copyOf(moreOwnReferences, moreSize * 2);
    }
    more[moreSize] = wrapper;
    moreOwnReferences[moreSize] = ownsReference;
    moreSize++;
  }

  /**
   * Runs {@code release} at {@link #close()}, after the wrappers are let go, in the order added:
   * how a buffer argument's view ends with its call. It must not throw.
   */
  void onClose(Runnable release) {
    if (releases == null) {
      releases = new ArrayList<>(1);
    }
    releases.add(release);
  }

  /**
   * Ends the call: invalidates every wrapper, drops the references they own and runs the {@link
   * #onClose} releases. GIL held.
   */
  public void close() {
    if (first != null) {
      CPyObject wrapper = first;
      first = null;
      release(wrapper, firstOwnsReference);
    }
    for (int i = 0; i < moreSize; i++) {
      CPyObject wrapper = more[i];
      more[i] = null;
      release(wrapper, moreOwnReferences[i]);
    }
    moreSize = 0;
    if (releases != null) {
      List<Runnable> pending = releases;
      releases = null;
      pending.forEach(Runnable::run);
    }
  }

  private static void release(CPyObject wrapper, boolean ownsReference) {
    long address = wrapper.invalidate();
    if (ownsReference && address != 0) {
      ObjectApi.Py_DecRef(address);
    }
  }
}
