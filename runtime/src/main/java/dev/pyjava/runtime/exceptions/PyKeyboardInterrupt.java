package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code KeyboardInterrupt}: the user interrupted the program (in Python this derives from {@code BaseException}, not {@code Exception}). */
public class PyKeyboardInterrupt extends PyException {
  /** {@code KeyboardInterrupt(message)}. */
  public PyKeyboardInterrupt(String message) {
    this(message, null);
  }

  /** {@code KeyboardInterrupt(message)}, raised from {@code cause}. */
  public PyKeyboardInterrupt(String message, Throwable cause) {
    this("KeyboardInterrupt", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code KeyboardInterrupt}. */
  protected PyKeyboardInterrupt(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
