package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code RuntimeError}: an error that fits no other category; every unexpected Java exception becomes one. */
public class PyRuntimeError extends PyException {
  /** {@code RuntimeError(message)}. */
  public PyRuntimeError(String message) {
    this(message, null);
  }

  /** {@code RuntimeError(message)}, raised from {@code cause}. */
  public PyRuntimeError(String message, Throwable cause) {
    this("RuntimeError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code RuntimeError}. */
  protected PyRuntimeError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
