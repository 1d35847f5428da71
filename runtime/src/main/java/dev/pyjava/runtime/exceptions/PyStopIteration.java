package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code StopIteration}: an iterator has no further items. */
public class PyStopIteration extends PyException {
  /** {@code StopIteration(message)}. */
  public PyStopIteration(String message) {
    this(message, null);
  }

  /** {@code StopIteration(message)}, raised from {@code cause}. */
  public PyStopIteration(String message, Throwable cause) {
    this("StopIteration", message, argsOf(message), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code StopIteration}. */
  protected PyStopIteration(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
