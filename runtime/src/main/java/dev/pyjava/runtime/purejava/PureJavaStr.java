package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyStr;
import dev.pyjava.runtime.PythonRepr;

/** A Python {@code str}. */
final class PureJavaStr extends PureJavaObject implements PyStr {
  private final String value;

  PureJavaStr(PureJavaBackend backend, String value) {
    super(backend);
    this.value = value;
  }

  @Override
  String type() {
    return "str";
  }

  @Override
  String computeRepr() {
    return PythonRepr.str(value);
  }

  @Override
  String computeStr() {
    return value;
  }

  @Override
  boolean truth() {
    return !value.isEmpty();
  }

  @Override
  public String value() {
    check();
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PureJavaStr s && value.equals(s.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
