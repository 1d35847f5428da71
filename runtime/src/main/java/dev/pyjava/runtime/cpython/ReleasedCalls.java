package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.Interruption;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyKeyboardInterrupt;
import dev.pyjava.runtime.exceptions.PySystemExit;

/**
 * Releases the GIL around a call body ({@code PyEval_SaveThread}) and takes it back ({@code
 * PyEval_RestoreThread}), with Ctrl-C able to interrupt the bodies run by Python's main thread.
 *
 * <p>Each released call of the main thread is an {@link Interruption}, which the {@link
 * CtrlCRelay} interrupts when SIGINT arrives. Once the GIL is back, the call runs Python's pending
 * signal handlers ({@code PyErr_CheckSignals}, as {@code time.sleep} does when a signal ends it);
 * the {@code KeyboardInterrupt} that raises replaces whatever the interrupted body threw, and the
 * thread's interrupt status is cleared, so it never leaks into later calls. Calls nested in one
 * (the body calls Python, which calls a released function again) belong to the outer call.
 *
 * <p>Costs on the call path: a thread comparison; on the main thread also an allocation, two
 * ordered stores and an uncontended lock. {@link #depth} and {@link #call} belong to the main
 * thread; what other threads read is volatile (on a free-threaded build they run at once).
 */
final class ReleasedCalls {
  private ReleasedCalls() {}

  /** Python's main thread, once a released call showed which Java thread it is. */
  private static volatile Thread mainThread;

  /** {@code threading.main_thread().ident}, read on first use; 0 until then. */
  private static volatile long mainIdent;

  /** The main thread's released calls entered and not left yet, nested ones included. */
  private static int depth;

  /** The main thread's outermost released call, while it runs. */
  private static Interruption call;

  /**
   * Releases the GIL; returns the saved thread state for {@link #restore}. GIL held. Throws, the
   * GIL still held, what a Python signal handler raised while the first call set up the relay.
   */
  static long release() {
    if (isMainThread() && depth++ == 0) {
      call = Interruption.beginMainThreadCall();
    }
    return CApi.PyEval_SaveThread();
  }

  /**
   * Takes the GIL back; on the main thread, ends its call, and throws the exception of Python's
   * signal handler when Ctrl-C interrupted it.
   */
  static void restore(long saved) {
    CPythonLock.restoreThread(saved);
    if (Thread.currentThread() != mainThread || --depth != 0) {
      return;
    }
    Interruption ended = call;
    call = null;
    Interruption.endMainThreadCall();
    if (ended.isInterrupted()) {
      Thread.interrupted();
      if (CApi.PyErr_CheckSignals() < 0) {
        throw PythonErrors.fetch();
      }
    }
  }

  /**
   * Whether the current thread is Python's main thread. The first time it is, the {@link
   * CtrlCRelay} starts; until then, other threads ask Python for their identifier.
   */
  private static boolean isMainThread() {
    Thread current = Thread.currentThread();
    if (current == mainThread) {
      return true;
    }
    if (mainThread != null || CApi.PyThread_get_thread_ident() != mainIdent()) {
      return false;
    }
    mainThread = current;
    CtrlCRelay.start();
    return true;
  }

  private static long mainIdent() {
    if (mainIdent == 0) {
      Python py = CPythonBackend.instance().token();
      try {
        PyLong ident =
            py.importModule("threading").getAttr("main_thread").call().getAttr("ident").cast(PyLong.class);
        mainIdent = ident.longValue();
      } catch (PyKeyboardInterrupt | PySystemExit fromSignalHandler) {
        throw fromSignalHandler; // the call raises it; the next one asks again
      } catch (PyException e) {
        mainIdent = -1; // no main thread known: no call is the main thread's
      }
    }
    return mainIdent;
  }
}
