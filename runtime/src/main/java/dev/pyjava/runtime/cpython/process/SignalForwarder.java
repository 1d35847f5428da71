package dev.pyjava.runtime.cpython.process;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyTuple;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.cpython.ffi.libc.FileDescriptors;
import dev.pyjava.runtime.cpython.ffi.libc.Libc;
import dev.pyjava.runtime.exceptions.PyException;
import java.lang.foreign.MemorySegment;

/**
 * Lets Ctrl-C interrupt a blocking call ({@code time.sleep}, {@code input()}, a socket read) in
 * Python's main thread when Java hosts Python.
 *
 * <p>The kernel hands a process signal to the process's first thread when it can: in {@code
 * python3} that is Python's main thread, whose blocking call it interrupts; in a JVM it is the
 * launcher's thread, which only waits, so Python merely notes the signal and acts on it when the
 * blocking call ends by itself. Python's C handler also writes the signal number to its wakeup fd
 * ({@code signal.set_wakeup_fd}); a daemon thread reads it and sends Python's main thread a
 * "nudge" (a real-time signal whose Python handler does nothing), which interrupts the call, so
 * Python runs the pending handler at once ({@code KeyboardInterrupt} for SIGINT). Python code that
 * replaces the wakeup fd turns this off.
 *
 * <p>Only for the {@link dev.pyjava.runtime.cpython.Launcher}: its main thread, which Python
 * signals, lives until the process exits.
 */
public final class SignalForwarder {
  private SignalForwarder() {}

  private static final String SETUP =
      """
      import os, signal
      def setup():
          nudge = signal.SIGRTMAX - 1
          signal.signal(nudge, lambda signum, frame: None)
          read, write = os.pipe()
          os.set_blocking(write, False)
          signal.set_wakeup_fd(write, warn_on_full_buffer=False)
          return read, nudge
      """;

  /**
   * Starts forwarding; call on Python's main thread with the GIL held. Does nothing when Python
   * does not handle signals here (e.g. SIGINT was ignored when the process started).
   */
  public static void start(Python py) {
    PyDict namespace = py.dict();
    int readFd;
    int nudge;
    try {
      py.importModule("builtins").getAttr("exec").call(SETUP, namespace);
      PyTuple result = namespace.get(py.str("setup")).call().cast(PyTuple.class);
      readFd = (int) result.get(0).cast(PyLong.class).longValue();
      nudge = (int) result.get(1).cast(PyLong.class).longValue();
    } catch (PyException e) {
      return;
    }
    long mainThread = Libc.pthreadSelf();
    Thread forwarder = new Thread(() -> forward(readFd, nudge, mainThread), "pyjava-signal-forwarder");
    forwarder.setDaemon(true);
    forwarder.start();
  }

  private static void forward(int readFd, int nudge, long mainThread) {
    try {
      FileDescriptors.readUntilEnd(
          readFd,
          (buffer, count) -> {
            for (long i = 0; i < count; i++) {
              if (buffer.get(JAVA_BYTE, i) != nudge) {
                int ignored = Libc.pthreadKill(mainThread, nudge);
                break;
              }
            }
          });
    } catch (Throwable failure) {
      // The forwarder is a convenience: without it, signals still arrive, only later.
    }
  }
}
