package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.cpython.ffi.capi.CApi;
import dev.pyjava.runtime.cpython.gil.ShutdownGate;

/**
 * The {@link java.lang.ref.Cleaner} action of an owned wrapper: drops its reference, taking the
 * GIL to do so. Does nothing once the interpreter is shutting down (its memory goes with it).
 *
 * @param address the {@code PyObject*} whose reference the wrapper held
 */
record Release(long address) implements Runnable {
  @Override
  public void run() {
    ShutdownGate gate = ShutdownGate.INSTANCE;
    if (!gate.tryEnter()) {
      return;
    }
    try {
      int state = CApi.PyGILState_Ensure();
      try {
        CApi.Py_DecRef(address);
      } finally {
        CApi.PyGILState_Release(state);
      }
    } finally {
      gate.exit();
    }
  }
}
