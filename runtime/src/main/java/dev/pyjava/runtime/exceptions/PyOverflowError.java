package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code OverflowError}: a number is too large to be represented, e.g. an int that does not fit a C {@code long}. */
public class PyOverflowError extends PyArithmeticError {
  /** {@code OverflowError(message)}. */
  public PyOverflowError(String message) {
    this(message, null);
  }

  /** {@code OverflowError(message)}, raised from {@code cause}. */
  public PyOverflowError(String message, Throwable cause) {
    this("OverflowError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code OverflowError}. */
  protected PyOverflowError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
