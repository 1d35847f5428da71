package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code ZeroDivisionError}: division or modulo by zero. */
public class PyZeroDivisionError extends PyArithmeticError {
  /** {@code ZeroDivisionError(message)}. */
  public PyZeroDivisionError(String message) {
    this(message, null);
  }

  /** {@code ZeroDivisionError(message)}, raised from {@code cause}. */
  public PyZeroDivisionError(String message, Throwable cause) {
    this("ZeroDivisionError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code ZeroDivisionError}. */
  protected PyZeroDivisionError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
