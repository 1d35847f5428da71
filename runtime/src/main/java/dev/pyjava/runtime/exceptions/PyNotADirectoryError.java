package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code NotADirectoryError}: a directory operation was asked of something else ({@code ENOTDIR}). */
public class PyNotADirectoryError extends PyOSError {
  /** {@code NotADirectoryError(message)}: no errno. */
  public PyNotADirectoryError(String message) {
    this(message, null);
  }

  /** {@code NotADirectoryError(message)}, raised from {@code cause}. */
  public PyNotADirectoryError(String message, Throwable cause) {
    this("NotADirectoryError", message, argsOf(message), cause);
  }

  /**
   * {@code NotADirectoryError(errno, strerror, filename)}.
   *
   * @param filename the file concerned, or {@code null}
   * @param cause the Java exception behind it, or {@code null}
   */
  public PyNotADirectoryError(int errno, String strerror, String filename, Throwable cause) {
    this("NotADirectoryError", format(errno, strerror, filename), argsOf(errno, strerror, filename), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code NotADirectoryError}. */
  protected PyNotADirectoryError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
