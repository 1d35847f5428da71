package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code RecursionError}: the maximum recursion depth (or the Java stack) was exceeded. */
public class PyRecursionError extends PyRuntimeError {
  /** {@code RecursionError(message)}. */
  public PyRecursionError(String message) {
    this(message, null);
  }

  /** {@code RecursionError(message)}, raised from {@code cause}. */
  public PyRecursionError(String message, Throwable cause) {
    this("RecursionError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code RecursionError}. */
  protected PyRecursionError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
