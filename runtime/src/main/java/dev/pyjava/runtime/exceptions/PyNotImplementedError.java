package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code NotImplementedError}: an operation is not implemented. */
public class PyNotImplementedError extends PyRuntimeError {
  /** {@code NotImplementedError(message)}. */
  public PyNotImplementedError(String message) {
    this(message, null);
  }

  /** {@code NotImplementedError(message)}, raised from {@code cause}. */
  public PyNotImplementedError(String message, Throwable cause) {
    this("NotImplementedError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code NotImplementedError}. */
  protected PyNotImplementedError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
