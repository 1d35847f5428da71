package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyFloat;
import dev.pyjava.runtime.PythonRepr;
import java.math.BigDecimal;

/** A Python {@code float}. Equal to the ints of the same value, and hashes like them. */
final class PureJavaFloat extends PureJavaObject implements PyFloat {
  private final double value;

  PureJavaFloat(PureJavaBackend backend, double value) {
    super(backend);
    this.value = value;
  }

  @Override
  String type() {
    return "float";
  }

  @Override
  String computeRepr() {
    return PythonRepr.floating(value);
  }

  @Override
  boolean truth() {
    return value != 0;
  }

  @Override
  public double doubleValue() {
    check();
    return value;
  }

  private boolean integral() {
    return !Double.isInfinite(value) && value == Math.rint(value);
  }

  /** Whether this float has exactly the int's value. */
  boolean equalsInt(PureJavaInt i) {
    if (!integral()) {
      return false;
    }
    if (i.fitsLong()) {
      return new BigDecimal(value).compareTo(BigDecimal.valueOf(i.small())) == 0;
    }
    return new BigDecimal(value).toBigIntegerExact().equals(i.exact());
  }

  @Override
  public boolean equals(Object other) {
    if (other instanceof PureJavaFloat f) {
      return value == f.value;
    }
    return other instanceof PureJavaInt i && equalsInt(i);
  }

  @Override
  public int hashCode() {
    if (!integral()) {
      return Double.hashCode(value);
    }
    if (value >= -0x1p63 && value < 0x1p63) {
      return Long.hashCode((long) value);
    }
    return new BigDecimal(value).toBigIntegerExact().hashCode();
  }
}
