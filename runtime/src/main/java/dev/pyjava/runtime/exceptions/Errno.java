package dev.pyjava.runtime.exceptions;

/**
 * The Linux {@code errno} values the runtime reports, with their {@code strerror} texts (which
 * Java's file exceptions also use as reasons).
 */
public enum Errno {
  EPERM(1, "Operation not permitted"),
  ENOENT(2, "No such file or directory"),
  EIO(5, "Input/output error"),
  EACCES(13, "Permission denied"),
  EBUSY(16, "Device or resource busy"),
  EEXIST(17, "File exists"),
  EXDEV(18, "Invalid cross-device link"),
  ENOTDIR(20, "Not a directory"),
  EISDIR(21, "Is a directory"),
  EINVAL(22, "Invalid argument"),
  EMFILE(24, "Too many open files"),
  ENOSPC(28, "No space left on device"),
  EROFS(30, "Read-only file system"),
  ENAMETOOLONG(36, "File name too long"),
  ENOTEMPTY(39, "Directory not empty"),
  ELOOP(40, "Too many levels of symbolic links"),
  ETIMEDOUT(110, "Connection timed out");

  private final int number;
  private final String strerror;

  Errno(int number, String strerror) {
    this.number = number;
    this.strerror = strerror;
  }

  /** The number, as Python's {@code exc.errno}. */
  public int number() {
    return number;
  }

  /** The text, as Python's {@code exc.strerror}. */
  public String strerror() {
    return strerror;
  }

  /** The errno whose number is {@code number}, or {@code null}. */
  public static Errno byNumber(int number) {
    for (Errno e : values()) {
      if (e.number == number) {
        return e;
      }
    }
    return null;
  }

  /** The errno whose text is {@code strerror}, or {@code null}. */
  public static Errno byStrerror(String strerror) {
    for (Errno e : values()) {
      if (e.strerror.equals(strerror)) {
        return e;
      }
    }
    return null;
  }
}
