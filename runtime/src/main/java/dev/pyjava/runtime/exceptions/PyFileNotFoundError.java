package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code FileNotFoundError}: a file or directory does not exist ({@code ENOENT}). */
public class PyFileNotFoundError extends PyOSError {
  /** {@code FileNotFoundError(message)}: no errno. */
  public PyFileNotFoundError(String message) {
    this(message, null);
  }

  /** {@code FileNotFoundError(message)}, raised from {@code cause}. */
  public PyFileNotFoundError(String message, Throwable cause) {
    this("FileNotFoundError", message, argsOf(message), cause);
  }

  /**
   * {@code FileNotFoundError(errno, strerror, filename)}.
   *
   * @param filename the file concerned, or {@code null}
   * @param cause the Java exception behind it, or {@code null}
   */
  public PyFileNotFoundError(int errno, String strerror, String filename, Throwable cause) {
    this("FileNotFoundError", format(errno, strerror, filename), argsOf(errno, strerror, filename), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code FileNotFoundError}. */
  protected PyFileNotFoundError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
