package dev.pyjava.runtime;

/** A Python {@code bytes}. */
public interface PyBytes extends PyObject {
  /** A copy of the bytes. */
  byte[] toByteArray();

  /** {@code len(self)}. */
  int length();
}
