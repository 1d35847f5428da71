package dev.pyjava.runtime.exceptions;

import java.util.List;

/** Python's {@code PermissionError}: the operation is not permitted ({@code EACCES}, {@code EPERM}). */
public class PyPermissionError extends PyOSError {
  /** {@code PermissionError(message)}: no errno. */
  public PyPermissionError(String message) {
    this(message, null);
  }

  /** {@code PermissionError(message)}, raised from {@code cause}. */
  public PyPermissionError(String message, Throwable cause) {
    this("PermissionError", message, argsOf(message), cause);
  }

  /**
   * {@code PermissionError(errno, strerror, filename)}.
   *
   * @param filename the file concerned, or {@code null}
   * @param cause the Java exception behind it, or {@code null}
   */
  public PyPermissionError(int errno, String strerror, String filename, Throwable cause) {
    this("PermissionError", format(errno, strerror, filename), argsOf(errno, strerror, filename), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code PermissionError}. */
  protected PyPermissionError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
