package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code MemoryError}: memory ran out. */
public class PyMemoryError extends PyException {
  /** {@code MemoryError(message)}. */
  public PyMemoryError(String message) {
    this(message, null);
  }

  /** {@code MemoryError(message)}, raised from {@code cause}. */
  public PyMemoryError(String message, Throwable cause) {
    this("MemoryError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code MemoryError}. */
  protected PyMemoryError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
