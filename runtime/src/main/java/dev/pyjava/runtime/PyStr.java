package dev.pyjava.runtime;

/** A Python {@code str}. */
public interface PyStr extends PyObject {
  /** The text as a Java string. */
  String value();
}
