package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code TimeoutError}: an operation timed out ({@code ETIMEDOUT}). */
public class PyTimeoutError extends PyOSError {
  /** {@code TimeoutError(message)}: no errno. */
  public PyTimeoutError(String message) {
    this(message, null);
  }

  /** {@code TimeoutError(message)}, raised from {@code cause}. */
  public PyTimeoutError(String message, Throwable cause) {
    this("TimeoutError", message, argsOf(message), cause);
  }

  /**
   * {@code TimeoutError(errno, strerror, filename)}.
   *
   * @param filename the file concerned, or {@code null}
   * @param cause the Java exception behind it, or {@code null}
   */
  public PyTimeoutError(int errno, String strerror, String filename, Throwable cause) {
    this("TimeoutError", format(errno, strerror, filename), argsOf(errno, strerror, filename), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code TimeoutError}. */
  protected PyTimeoutError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
