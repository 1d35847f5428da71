package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Reference;
import java.math.BigInteger;

/** A Python {@code int} (or {@code bool}, or another subclass) of the CPython backend. */
final class CPyLong extends CPyObject implements PyLong {
  private static final int HEX = 16;
  private static final String TOO_LARGE = "Python int too large to convert to C long";

  CPyLong(long address, CallScope scope) {
    super(address, scope);
  }

  /**
   * {@inheritDoc}
   *
   * <p>With CPython's wording when it does not fit: {@code Python int too large to convert to C
   * long}.
   */
  @Override
  public long longValue() {
    try {
      MemorySegment overflow = Scratch.slot();
      long value = CApi.PyLong_AsLongAndOverflow(address(), overflow.address());
      if (value == -1 && overflow.get(ValueLayout.JAVA_INT, 0) != 0) {
        throw new PyOverflowError(TOO_LARGE);
      }
      return value;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public BigInteger bigValue() {
    try {
      String hex = Strings.toJavaAndRelease(PythonErrors.nonNull(CApi.PyNumber_ToBase(address(), HEX)));
      boolean negative = hex.startsWith("-");
      BigInteger magnitude = new BigInteger(hex.substring(negative ? 3 : 2), HEX);
      return negative ? magnitude.negate() : magnitude;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** A new reference to the Python int of {@code value}, of any size. */
  static long newReference(BigInteger value) {
    if (value.bitLength() < Long.SIZE) {
      return PythonErrors.nonNull(CApi.PyLong_FromLongLong(value.longValue()));
    }
    // Base 16 is exempt from CPython's limit on decimal digits.
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment text = arena.allocateFrom(value.toString(HEX));
      return PythonErrors.nonNull(CApi.PyLong_FromString(text.address(), 0, HEX));
    }
  }
}
