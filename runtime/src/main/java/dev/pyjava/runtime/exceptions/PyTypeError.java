package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code TypeError}: an operation or argument has the wrong type. */
public class PyTypeError extends PyException {
  /** {@code TypeError(message)}. */
  public PyTypeError(String message) {
    this(message, null);
  }

  /** {@code TypeError(message)}, raised from {@code cause}. */
  public PyTypeError(String message, Throwable cause) {
    this("TypeError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code TypeError}. */
  protected PyTypeError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
