package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;

/** A member of a {@link PureJavaEnum}: its {@code name} and {@code value} are the Java name. */
final class PureJavaEnumMember extends PureJavaObject {
  private final PureJavaEnum type;
  private final String name;

  PureJavaEnumMember(PureJavaBackend backend, PureJavaEnum type, String name) {
    super(backend);
    this.type = type;
    this.name = name;
  }

  @Override
  String type() {
    return type.name();
  }

  @Override
  String computeRepr() {
    return "<" + type.name() + "." + name + ": '" + name + "'>";
  }

  @Override
  String computeStr() {
    return type.name() + "." + name;
  }

  @Override
  boolean truth() {
    return true;
  }

  @Override
  public PyObject getAttr(String attribute) {
    check();
    return switch (attribute) {
      case "name", "value", "_name_", "_value_" -> backend.str(name);
      case "__class__" -> type;
      default -> super.getAttr(attribute);
    };
  }
}
