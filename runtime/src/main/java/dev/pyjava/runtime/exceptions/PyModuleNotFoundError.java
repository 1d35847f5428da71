package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code ModuleNotFoundError}: no module has the name being imported. */
public class PyModuleNotFoundError extends PyImportError {
  /** {@code ModuleNotFoundError(message)}. */
  public PyModuleNotFoundError(String message) {
    this(message, null);
  }

  /** {@code ModuleNotFoundError(message)}, raised from {@code cause}. */
  public PyModuleNotFoundError(String message, Throwable cause) {
    this("ModuleNotFoundError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code ModuleNotFoundError}. */
  protected PyModuleNotFoundError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
