package dev.pyjava.maven;

/**
 * One file of a wheel: its path inside the archive ({@code /}-separated), its bytes, and whether
 * pip installs it executable.
 *
 * @param path the archive path, e.g. {@code word_count/__init__.py}
 * @param data the file's content
 * @param executable true for a program (the bundled Java's {@code bin/java})
 */
record WheelFile(String path, byte[] data, boolean executable) {
  /** A file that is not executable. */
  WheelFile(String path, byte[] data) {
    this(path, data, false);
  }
}
