package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code ImportError}: a module could not be imported. */
public class PyImportError extends PyException {
  /** {@code ImportError(message)}. */
  public PyImportError(String message) {
    this(message, null);
  }

  /** {@code ImportError(message)}, raised from {@code cause}. */
  public PyImportError(String message, Throwable cause) {
    this("ImportError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code ImportError}. */
  protected PyImportError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
