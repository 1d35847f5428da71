package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code UnicodeError}: text could not be encoded or decoded. */
public class PyUnicodeError extends PyValueError {
  /** {@code UnicodeError(message)}. */
  public PyUnicodeError(String message) {
    this(message, null);
  }

  /** {@code UnicodeError(message)}, raised from {@code cause}. */
  public PyUnicodeError(String message, Throwable cause) {
    this("UnicodeError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code UnicodeError}. */
  protected PyUnicodeError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
