package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code FileExistsError}: a file or directory already exists ({@code EEXIST}). */
public class PyFileExistsError extends PyOSError {
  /** {@code FileExistsError(message)}: no errno. */
  public PyFileExistsError(String message) {
    this(message, null);
  }

  /** {@code FileExistsError(message)}, raised from {@code cause}. */
  public PyFileExistsError(String message, Throwable cause) {
    this("FileExistsError", message, argsOf(message), cause);
  }

  /**
   * {@code FileExistsError(errno, strerror, filename)}.
   *
   * @param filename the file concerned, or {@code null}
   * @param cause the Java exception behind it, or {@code null}
   */
  public PyFileExistsError(int errno, String strerror, String filename, Throwable cause) {
    this("FileExistsError", format(errno, strerror, filename), argsOf(errno, strerror, filename), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code FileExistsError}. */
  protected PyFileExistsError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
