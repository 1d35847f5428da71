package dev.pyjava.runtime.exceptions;

import dev.pyjava.runtime.PythonRepr;
import java.util.List;

/**
 * Python's {@code UnicodeEncodeError}: text cannot be encoded. Positions count code points, as in
 * Python: {@code 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in
 * range(128)}.
 */
public class PyUnicodeEncodeError extends PyUnicodeError {
  /**
   * {@code UnicodeEncodeError(encoding, object, start, end, reason)}.
   *
   * @param object the text being encoded
   * @param start the code point index of the first bad character
   * @param end the code point index after the last bad character
   */
  public PyUnicodeEncodeError(String encoding, String object, int start, int end, String reason) {
    this(encoding, object, start, end, reason, null);
  }

  /** As {@link #PyUnicodeEncodeError(String, String, int, int, String)}, raised from cause. */
  public PyUnicodeEncodeError(
      String encoding, String object, int start, int end, String reason, Throwable cause) {
    this(
        "UnicodeEncodeError",
        format(encoding, object, start, end, reason),
        List.of(encoding, object, start, end, reason),
        cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code UnicodeEncodeError}. */
  protected PyUnicodeEncodeError(
      String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }

  private static String format(String encoding, String object, int start, int end, String reason) {
    String codec = "'" + encoding + "' codec can't encode ";
    int length = object.codePointCount(0, object.length());
    if (start >= 0 && start < length && end == start + 1) {
      int cp = object.codePointAt(object.offsetByCodePoints(0, start));
      return codec + "character '" + PythonRepr.escaped(cp) + "' in position " + start + ": " + reason;
    }
    return codec + "characters in position " + start + "-" + (end - 1) + ": " + reason;
  }
}
