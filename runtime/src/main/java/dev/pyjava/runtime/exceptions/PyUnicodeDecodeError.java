package dev.pyjava.runtime.exceptions;

import java.util.List;

/**
 * Python's {@code UnicodeDecodeError}: bytes are not valid in an encoding. Its message reads like
 * Python's: {@code 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte}.
 */
public class PyUnicodeDecodeError extends PyUnicodeError {
  /**
   * {@code UnicodeDecodeError(encoding, object, start, end, reason)}.
   *
   * @param object the bytes being decoded (copied)
   * @param start the index of the first bad byte
   * @param end the index after the last bad byte
   */
  public PyUnicodeDecodeError(String encoding, byte[] object, int start, int end, String reason) {
    this(encoding, object, start, end, reason, null);
  }

  /** As {@link #PyUnicodeDecodeError(String, byte[], int, int, String)}, raised from cause. */
  public PyUnicodeDecodeError(
      String encoding, byte[] object, int start, int end, String reason, Throwable cause) {
    this(
        "UnicodeDecodeError",
        format(encoding, object, start, end, reason),
        List.of(encoding, object.clone(), start, end, reason),
        cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code UnicodeDecodeError}. */
  protected PyUnicodeDecodeError(
      String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }

  private static String format(String encoding, byte[] object, int start, int end, String reason) {
    String codec = "'" + encoding + "' codec can't decode ";
    if (start >= 0 && start < object.length && end == start + 1) {
      return codec + String.format("byte 0x%02x in position %d: %s", object[start] & 0xff, start, reason);
    }
    return codec + "bytes in position " + start + "-" + (end - 1) + ": " + reason;
  }
}
