package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code ValueError}: an argument has the right type but a bad value. */
public class PyValueError extends PyException {
  /** {@code ValueError(message)}. */
  public PyValueError(String message) {
    this(message, null);
  }

  /** {@code ValueError(message)}, raised from {@code cause}. */
  public PyValueError(String message, Throwable cause) {
    this("ValueError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code ValueError}. */
  protected PyValueError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
