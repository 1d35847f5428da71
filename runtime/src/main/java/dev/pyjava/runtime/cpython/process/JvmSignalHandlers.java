package dev.pyjava.runtime.cpython.process;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.cpython.ffi.libc.Libc;
import dev.pyjava.runtime.cpython.objects.Wrappers;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Keeps the JVM's handlers of the signals it uses internally (SIGSEGV for null checks and
 * safepoints, SIGBUS, SIGFPE, SIGILL) in place when Python's {@code faulthandler} moves them.
 *
 * <p>{@code faulthandler.enable()} after the JVM started makes the JVM's next internal fault a
 * fatal "Segmentation fault"; {@code faulthandler.disable()} can put back the default action,
 * which kills the process the same way (pytest does this at the end of every session). pyjava
 * saves the JVM's handlers before Python can touch them, puts them back after Python starts, and
 * wraps {@code faulthandler.enable} and {@code disable} to put them back after each call. Python's
 * own fatal-error report for these signals is lost; the JVM's {@code hs_err} report replaces it.
 */
public final class JvmSignalHandlers {
  private JvmSignalHandlers() {}

  private static final int SIGILL = 4;
  private static final int SIGBUS = 7;
  private static final int SIGFPE = 8;
  private static final int SIGSEGV = 11;
  private static final int[] SIGNALS = {SIGILL, SIGBUS, SIGFPE, SIGSEGV};

  /** Bytes kept per {@code struct sigaction}: more than any libc's (glibc's is 152). */
  private static final long SIGACTION_BYTES = 512;

  private static final String GUARD =
      """
      import faulthandler, functools
      def guard(restore):
          def wrap(function):
              @functools.wraps(function)
              def wrapper(*args, **kwargs):
                  try:
                      return function(*args, **kwargs)
                  finally:
                      restore()
              return wrapper
          faulthandler.enable = wrap(faulthandler.enable)
          faulthandler.disable = wrap(faulthandler.disable)
      """;

  private static MemorySegment saved;

  /** Records the current handlers: the JVM's, when called before Python can change them. */
  public static synchronized void save() {
    if (saved != null) {
      return;
    }
    MemorySegment actions = Arena.global().allocate(SIGACTION_BYTES * SIGNALS.length, Long.BYTES);
    for (int i = 0; i < SIGNALS.length; i++) {
      Libc.sigaction(SIGNALS[i], 0, actions.address() + i * SIGACTION_BYTES);
    }
    saved = actions;
  }

  /** Puts the saved handlers back. */
  static synchronized void restore() {
    if (saved == null) {
      return;
    }
    for (int i = 0; i < SIGNALS.length; i++) {
      Libc.sigaction(SIGNALS[i], saved.address() + i * SIGACTION_BYTES, 0);
    }
  }

  /** Restores the handlers now and after every {@code faulthandler.enable/disable}. GIL held. */
  public static void guardFaulthandler(Python py) {
    restore();
    PyDict namespace = py.dict();
    py.importModule("builtins").getAttr("exec").call(GUARD, namespace);
    PyObject restore = Wrappers.owned(HiddenFunctions.restoreSignalHandlersFunction());
    namespace.get(py.str("guard")).call(restore);
  }
}
