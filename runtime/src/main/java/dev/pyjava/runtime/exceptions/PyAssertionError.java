package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code AssertionError}: an assertion failed. */
public class PyAssertionError extends PyException {
  /** {@code AssertionError(message)}. */
  public PyAssertionError(String message) {
    this(message, null);
  }

  /** {@code AssertionError(message)}, raised from {@code cause}. */
  public PyAssertionError(String message, Throwable cause) {
    this("AssertionError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code AssertionError}. */
  protected PyAssertionError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
