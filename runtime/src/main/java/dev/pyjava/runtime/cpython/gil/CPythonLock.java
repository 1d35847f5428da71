package dev.pyjava.runtime.cpython.gil;

import dev.pyjava.runtime.InterpreterLock;
import dev.pyjava.runtime.cpython.ffi.capi.LifecycleApi;
import dev.pyjava.runtime.cpython.ffi.capi.ThreadApi;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * CPython's GIL as an {@link InterpreterLock}.
 *
 * <p>{@link #acquire()} is {@code PyGILState_Ensure} (the ticket carries its state), {@link
 * #release(long)} is {@code PyGILState_Release}; {@link #releaseAndSave()} is {@code
 * PyEval_SaveThread} (the saved value is the {@code PyThreadState*}) and {@link #restore(long)}
 * is {@code PyEval_RestoreThread}, both through the functions the backend gives it (its released
 * calls, which Ctrl-C can interrupt on the main thread). Threads Python does not know pass the
 * {@link ShutdownGate} when they acquire, so none of them is caught by interpreter finalization.
 */
public final class CPythonLock implements InterpreterLock {
  /** Ticket bit: this acquire entered the shutdown gate and must leave it on release. */
  private static final long GATE_ENTERED = 1L << 32;

  private static final long STATE_MASK = 0xffff_ffffL;

  private final ShutdownGate gate = ShutdownGate.INSTANCE;
  private final LongSupplier releaseAndSave;
  private final LongConsumer restore;

  /**
   * A lock that gives the GIL up with {@code releaseAndSave} (GIL held; returns the saved state)
   * and takes it back with {@code restore}.
   */
  public CPythonLock(LongSupplier releaseAndSave, LongConsumer restore) {
    this.releaseAndSave = releaseAndSave;
    this.restore = restore;
  }

  @Override
  public long acquire() {
    if (ThreadApi.PyGILState_Check() != 0) {
      return ThreadApi.PyGILState_Ensure() & STATE_MASK;
    }
    if (!gate.tryEnter()) {
      throw new IllegalStateException(
          "the Python interpreter is shutting down or has shut down: thread '"
              + Thread.currentThread().getName()
              + "' can no longer take the GIL. Finish Java work that uses Python before the"
              + " interpreter exits.");
    }
    try {
      return (ThreadApi.PyGILState_Ensure() & STATE_MASK) | GATE_ENTERED;
    } catch (RuntimeException | Error e) {
      gate.exit();
      throw e;
    }
  }

  @Override
  public void release(long ticket) {
    if (ThreadApi.PyGILState_Check() == 0) {
      throw notHeld("release the GIL");
    }
    ThreadApi.PyGILState_Release((int) (ticket & STATE_MASK));
    if ((ticket & GATE_ENTERED) != 0) {
      gate.exit();
    }
  }

  @Override
  public long releaseAndSave() {
    if (ThreadApi.PyGILState_Check() == 0) {
      throw notHeld("release the GIL");
    }
    return releaseAndSave.getAsLong();
  }

  /**
   * Takes the GIL back with the backend's function (which throws {@code KeyboardInterrupt} when
   * Ctrl-C interrupted the body).
   */
  @Override
  public void restore(long saved) {
    restore.accept(saved);
  }

  /**
   * {@code PyEval_RestoreThread}. A thread coming back while the interpreter finalizes would be
   * ended by CPython in the middle of Java code; it waits for the process to exit instead.
   */
  public static void restoreThread(long saved) {
    if (ShutdownGate.INSTANCE.isClosedByAnotherThread() && LifecycleApi.isFinalizing()) {
      while (true) {
        LockSupport.park(ShutdownGate.INSTANCE);
      }
    }
    ThreadApi.PyEval_RestoreThread(saved);
  }

  @Override
  public boolean isHeldByCurrentThread() {
    return ThreadApi.PyGILState_Check() != 0;
  }

  /** The error for an operation that needs the GIL on a thread without it. */
  public static IllegalStateException notHeld(String what) {
    return new IllegalStateException(
        "thread '"
            + Thread.currentThread().getName()
            + "' tried to "
            + what
            + " without holding the GIL: Python objects and tokens work only with the GIL held."
            + " Use Python.withGil(py -> ...) on this thread, and do not use Python objects"
            + " inside allowThreads.");
  }
}
