package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code IndexError}: a sequence index is out of range. */
public class PyIndexError extends PyLookupError {
  /** {@code IndexError(message)}. */
  public PyIndexError(String message) {
    this(message, null);
  }

  /** {@code IndexError(message)}, raised from {@code cause}. */
  public PyIndexError(String message, Throwable cause) {
    this("IndexError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code IndexError}. */
  protected PyIndexError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
