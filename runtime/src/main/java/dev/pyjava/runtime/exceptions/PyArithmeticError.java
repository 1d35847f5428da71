package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code ArithmeticError}: an arithmetic operation failed. */
public class PyArithmeticError extends PyException {
  /** {@code ArithmeticError(message)}. */
  public PyArithmeticError(String message) {
    this(message, null);
  }

  /** {@code ArithmeticError(message)}, raised from {@code cause}. */
  public PyArithmeticError(String message, Throwable cause) {
    this("ArithmeticError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code ArithmeticError}. */
  protected PyArithmeticError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
