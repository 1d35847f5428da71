package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.pyjava.runtime.Interruption;
import dev.pyjava.runtime.InterpreterLock;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyKeyboardInterrupt;
import dev.pyjava.runtime.exceptions.PySystemExit;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Map;

/**
 * Interrupts the released call of Python's main thread when SIGINT arrives (see {@link
 * Interruption} and {@link ReleasedCalls}), without taking the signal from Python.
 *
 * <p>A signal handler of our own would have to run Java inside the handler, which is not
 * async-signal-safe, and Python's "signal arrived" flag is private. What Python's C handler does
 * besides noting the signal is write its number to the wakeup fd, an async-signal-safe {@code
 * write}. So {@code ctrl_c_relay.py} makes the wakeup fd a pipe, and a daemon thread reads it:
 * each byte is forwarded to the fd the program set itself (asyncio's, say), and on SIGINT, with
 * the GIL held, the main thread's call is
 * interrupted if one runs, if it ran already when the byte was read (not one started later), and
 * if SIGINT's handler is Python's default, which raises {@code KeyboardInterrupt}.
 *
 * <p>Started by the main thread's first released call, so a program that never makes one keeps
 * its signal set-up untouched.
 */
final class CtrlCRelay {
  private CtrlCRelay() {}

  private static final String SOURCE = "ctrl_c_relay.py";

  /** The program's own wakeup fd and its {@code warn_on_full_buffer}, kept by the Python side. */
  private static final MemorySegment PROGRAM_FD = Arena.global().allocate(JAVA_INT, 2);

  /**
   * Installs the relay and starts its thread; on Python's main thread with the GIL held. Leaves
   * signals as they are when that fails: Ctrl-C then waits for the call, as before. What a signal
   * handler raises meanwhile (the relay is Python code) is thrown: the call then raises it.
   */
  static void start() {
    Python py = CPythonBackend.instance().token();
    try {
      PyObject relay =
          PythonSources.run(
              py, "_pyjava_ctrl_c_relay", SOURCE, Map.of("PROGRAM_FD_ADDRESS", py.integer(PROGRAM_FD.address())));
      int readFd = (int) relay.getAttr("start").call().cast(PyLong.class).longValue();
      if (readFd < 0) {
        return;
      }
      int sigint = (int) relay.getAttr("SIGINT").cast(PyLong.class).longValue();
      PyObject raisesKeyboardInterrupt = relay.getAttr("raises_keyboard_interrupt").retain();
      Thread thread =
          new Thread(() -> relay(readFd, sigint, raisesKeyboardInterrupt), "pyjava-ctrl-c-relay");
      thread.setDaemon(true);
      thread.start();
    } catch (PyKeyboardInterrupt | PySystemExit fromSignalHandler) {
      throw fromSignalHandler;
    } catch (RuntimeException e) {
      // Without the relay, a SIGINT still raises KeyboardInterrupt, once the call returns.
    }
  }

  private static void relay(int readFd, int sigint, PyObject raisesKeyboardInterrupt) {
    try {
      FileDescriptors.readUntilEnd(
          readFd,
          (buffer, count) -> {
            Interruption running = Interruption.mainThreadCall();
            // A plain read: the read before it is a downcall, so it is made anew each time.
            int programFd = PROGRAM_FD.getAtIndex(JAVA_INT, 0);
            if (programFd >= 0) {
              FileDescriptors.writeOnce(programFd, buffer, count);
            }
            if (running != null && contains(buffer, count, sigint)) {
              interrupt(running, raisesKeyboardInterrupt);
            }
          });
    } catch (Throwable failure) {
      // Reading the pipe failed: signals still reach Python, only after the call.
    }
  }

  private static boolean contains(MemorySegment buffer, long count, int signal) {
    for (long i = 0; i < count; i++) {
      if (buffer.get(JAVA_BYTE, i) == signal) {
        return true;
      }
    }
    return false;
  }

  /**
   * Interrupts {@code call} if it still runs and SIGINT raises KeyboardInterrupt. Never throws:
   * the relay goes on forwarding whatever happens here (such as the interpreter finalizing).
   */
  private static void interrupt(Interruption call, PyObject raisesKeyboardInterrupt) {
    try {
      InterpreterLock lock = CPythonBackend.instance().lock();
      long ticket = lock.acquire();
      try {
        if (Interruption.mainThreadCall() == call && raisesKeyboardInterrupt.call().isTrue()) {
          call.interrupt();
        }
      } finally {
        lock.release(ticket);
      }
    } catch (RuntimeException notNow) {
      // The call then raises KeyboardInterrupt when it returns, as without the relay.
    }
  }
}
