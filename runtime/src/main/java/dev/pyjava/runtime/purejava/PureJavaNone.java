package dev.pyjava.runtime.purejava;

/** {@code None}: one per backend. */
final class PureJavaNone extends PureJavaObject {
  PureJavaNone(PureJavaBackend backend) {
    super(backend);
  }

  @Override
  String type() {
    return "NoneType";
  }

  @Override
  String computeRepr() {
    return "None";
  }

  @Override
  boolean truth() {
    return false;
  }

  @Override
  public boolean isNone() {
    check();
    return true;
  }
}
