package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import java.math.BigInteger;

/**
 * A Python {@code int} of any size: a {@code long} when it fits, else a {@link BigInteger}. Equal
 * ints (and the floats equal to them) are equal and hash alike, as dict keys need.
 */
class PureJavaInt extends PureJavaObject implements PyLong {
  private final long small;

  /** The value when it does not fit a {@code long}, else {@code null}. */
  private final BigInteger big;

  PureJavaInt(PureJavaBackend backend, long value) {
    super(backend);
    this.small = value;
    this.big = null;
  }

  PureJavaInt(PureJavaBackend backend, BigInteger value) {
    super(backend);
    boolean fits = value.bitLength() < Long.SIZE;
    this.small = fits ? value.longValue() : 0;
    this.big = fits ? null : value;
  }

  @Override
  String type() {
    return "int";
  }

  @Override
  String computeRepr() {
    return big == null ? Long.toString(small) : big.toString();
  }

  @Override
  boolean truth() {
    return big != null || small != 0;
  }

  @Override
  public long longValue() {
    check();
    if (big != null) {
      throw new PyOverflowError("Python int too large to convert to C long");
    }
    return small;
  }

  @Override
  public BigInteger bigValue() {
    check();
    return exact();
  }

  /** The value, without the lock check (the object is immutable). */
  final BigInteger exact() {
    return big == null ? BigInteger.valueOf(small) : big;
  }

  /** Whether the value fits a {@code long}; then {@link #small()} is it. */
  final boolean fitsLong() {
    return big == null;
  }

  final long small() {
    return small;
  }

  @Override
  public final boolean equals(Object other) {
    if (other instanceof PureJavaInt i) {
      return big == null ? i.big == null && small == i.small : big.equals(i.big);
    }
    return other instanceof PureJavaFloat f && f.equalsInt(this);
  }

  @Override
  public final int hashCode() {
    return big == null ? Long.hashCode(small) : big.hashCode();
  }
}
