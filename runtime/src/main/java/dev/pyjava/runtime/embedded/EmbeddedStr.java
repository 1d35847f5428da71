package dev.pyjava.runtime.embedded;

import dev.pyjava.runtime.PyStr;
import dev.pyjava.runtime.PythonRepr;

/** A Python {@code str}. */
final class EmbeddedStr extends EmbeddedObject implements PyStr {
  private final String value;

  EmbeddedStr(EmbeddedBackend backend, String value) {
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
    return other instanceof EmbeddedStr s && value.equals(s.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
