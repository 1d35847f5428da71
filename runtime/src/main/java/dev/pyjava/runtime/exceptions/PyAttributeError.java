package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code AttributeError}: an attribute is absent. */
public class PyAttributeError extends PyException {
  /** {@code AttributeError(message)}. */
  public PyAttributeError(String message) {
    this(message, null);
  }

  /** {@code AttributeError(message)}, raised from {@code cause}. */
  public PyAttributeError(String message, Throwable cause) {
    this("AttributeError", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code AttributeError}. */
  protected PyAttributeError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
