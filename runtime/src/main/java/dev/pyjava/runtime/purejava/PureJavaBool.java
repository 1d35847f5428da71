package dev.pyjava.runtime.purejava;

/** {@code True} or {@code False}: an {@code int} subclass, as in Python. One of each per backend. */
final class PureJavaBool extends PureJavaInt {
  PureJavaBool(PureJavaBackend backend, boolean value) {
    super(backend, value ? 1 : 0);
  }

  @Override
  String type() {
    return "bool";
  }

  @Override
  String computeRepr() {
    return small() != 0 ? "True" : "False";
  }
}
