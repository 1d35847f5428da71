package dev.pyjava.runtime.exceptions;

import java.util.List;

/**
 * Python's {@code SystemExit}: {@code sys.exit(code)}. In Python it derives from {@code
 * BaseException}, not {@code Exception}.
 */
public class PySystemExit extends PyException {
  /** {@code SystemExit(code)}. */
  public PySystemExit(int code) {
    this("SystemExit", Integer.toString(code), List.of(code), null);
  }

  /** {@code SystemExit(message)}: Python prints the message and exits with status 1. */
  public PySystemExit(String message) {
    this("SystemExit", message, argsOf(message), null);
  }

  /** For subclasses: an exception whose Python type derives from {@code SystemExit}. */
  protected PySystemExit(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
