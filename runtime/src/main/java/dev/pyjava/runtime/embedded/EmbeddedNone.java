package dev.pyjava.runtime.embedded;

/** {@code None}: one per backend. */
final class EmbeddedNone extends EmbeddedObject {
  EmbeddedNone(EmbeddedBackend backend) {
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
