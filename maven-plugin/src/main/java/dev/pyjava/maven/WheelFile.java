package dev.pyjava.maven;

/**
 * One file of a wheel: its path inside the archive ({@code /}-separated) and its bytes.
 *
 * @param path the archive path, e.g. {@code word_count/__init__.py}
 * @param data the file's content
 */
record WheelFile(String path, byte[] data) {}
