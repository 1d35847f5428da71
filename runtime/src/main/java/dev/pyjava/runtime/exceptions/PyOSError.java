package dev.pyjava.runtime.exceptions;

import dev.pyjava.runtime.PythonRepr;
import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code OSError}: a system call failed. With an errno its message reads like Python's:
 * {@code [Errno 2] No such file or directory: 'x.txt'}.
 */
public class PyOSError extends PyException {
  /** {@code OSError(message)}: no errno. */
  public PyOSError(String message) {
    this(message, null);
  }

  /** {@code OSError(message)}, raised from {@code cause}. */
  public PyOSError(String message, Throwable cause) {
    this("OSError", message, argsOf(message), cause);
  }

  /**
   * {@code OSError(errno, strerror, filename)}.
   *
   * @param filename the file concerned, or {@code null}
   * @param cause the Java exception behind it, or {@code null}
   */
  public PyOSError(int errno, String strerror, String filename, Throwable cause) {
    this("OSError", format(errno, strerror, filename), argsOf(errno, strerror, filename), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code OSError}. */
  protected PyOSError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }

  /**
   * The exception Python's {@code OSError(errno, strerror, filename)} makes: the subclass that
   * stands for the errno ({@code ENOENT} gives {@link PyFileNotFoundError}), else {@code OSError}.
   */
  public static PyOSError of(Errno errno, String filename, Throwable cause) {
    int n = errno.number();
    String s = errno.strerror();
    return switch (errno) {
      case ENOENT -> new PyFileNotFoundError(n, s, filename, cause);
      case EACCES, EPERM -> new PyPermissionError(n, s, filename, cause);
      case EEXIST -> new PyFileExistsError(n, s, filename, cause);
      case EISDIR -> new PyIsADirectoryError(n, s, filename, cause);
      case ENOTDIR -> new PyNotADirectoryError(n, s, filename, cause);
      case ETIMEDOUT -> new PyTimeoutError(n, s, filename, cause);
      default -> new PyOSError(n, s, filename, cause);
    };
  }

  /** {@code exc.errno}, or {@code null} when made from a message alone. */
  public Integer errno() {
    List<Object> args = pythonArgs();
    return args.size() >= 2 && args.get(0) instanceof Integer n ? n : null;
  }

  /** {@code exc.strerror}, or {@code null} when made from a message alone. */
  public String strerror() {
    return errno() == null ? null : (String) pythonArgs().get(1);
  }

  /** {@code exc.filename}, or {@code null}. */
  public String filename() {
    return errno() != null && pythonArgs().size() > 2 ? (String) pythonArgs().get(2) : null;
  }

  /** Python's {@code str()} of an {@code OSError} with an errno. */
  protected static String format(int errno, String strerror, String filename) {
    String base = "[Errno " + errno + "] " + strerror;
    return filename == null ? base : base + ": " + PythonRepr.str(filename);
  }

  /** The constructor arguments: the filename only when there is one. */
  protected static List<Object> argsOf(int errno, String strerror, String filename) {
    return filename == null
        ? Arrays.asList(errno, strerror)
        : Arrays.asList(errno, strerror, filename);
  }
}
