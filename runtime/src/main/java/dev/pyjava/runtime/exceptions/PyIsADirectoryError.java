package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code IsADirectoryError}: a file operation was asked of a directory ({@code EISDIR}). */
public class PyIsADirectoryError extends PyOSError {
  /** {@code IsADirectoryError(message)}: no errno. */
  public PyIsADirectoryError(String message) {
    this(message, null);
  }

  /** {@code IsADirectoryError(message)}, raised from {@code cause}. */
  public PyIsADirectoryError(String message, Throwable cause) {
    this("IsADirectoryError", message, argsOf(message), cause);
  }

  /**
   * {@code IsADirectoryError(errno, strerror, filename)}.
   *
   * @param filename the file concerned, or {@code null}
   * @param cause the Java exception behind it, or {@code null}
   */
  public PyIsADirectoryError(int errno, String strerror, String filename, Throwable cause) {
    this("IsADirectoryError", format(errno, strerror, filename), argsOf(errno, strerror, filename), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code IsADirectoryError}. */
  protected PyIsADirectoryError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
