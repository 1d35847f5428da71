package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.ThreadApi;
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
      int state = ThreadApi.PyGILState_Ensure();
      try {
        ObjectApi.Py_DecRef(address);
      } finally {
        ThreadApi.PyGILState_Release(state);
      }
    } finally {
      gate.exit();
    }
  }
}
