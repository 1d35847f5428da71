package dev.pyjava.runtime;

import java.math.BigInteger;

/** A Python {@code int} (a {@code bool} is one too). */
public interface PyLong extends PyObject {
  /**
   * The value as a {@code long}.
   *
   * @throws dev.pyjava.runtime.exceptions.PyOverflowError if it does not fit
   */
  long longValue();

  /** The exact value. */
  BigInteger bigValue();
}
