package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyBytes;
import dev.pyjava.runtime.PythonRepr;
import java.util.Arrays;

/** A Python {@code bytes}: immutable, so it holds its own copy. */
final class PureJavaBytes extends PureJavaObject implements PyBytes {
  private final byte[] value;

  PureJavaBytes(PureJavaBackend backend, byte[] value) {
    super(backend);
    this.value = value.clone();
  }

  @Override
  String type() {
    return "bytes";
  }

  @Override
  String computeRepr() {
    return PythonRepr.bytes(value);
  }

  @Override
  boolean truth() {
    return value.length != 0;
  }

  @Override
  public byte[] toByteArray() {
    check();
    return value.clone();
  }

  @Override
  public int length() {
    check();
    return value.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PureJavaBytes b && Arrays.equals(value, b.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }
}
