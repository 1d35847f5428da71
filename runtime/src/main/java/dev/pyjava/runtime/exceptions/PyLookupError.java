package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code LookupError}: a key or index is not present. */
public class PyLookupError extends PyException {
  /** {@code LookupError(message)}. */
  public PyLookupError(String message) {
    this(message, null);
  }

  /** {@code LookupError(message)}, raised from {@code cause}. */
  public PyLookupError(String message, Throwable cause) {
    this("LookupError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code LookupError}. */
  protected PyLookupError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
