package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.EnumDef;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module's {@code enum.Enum} subclass from a {@link EnumDef}: its members as attributes, and
 * {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__}.
 */
final class PureJavaEnum extends PureJavaObject {
  private final String module;
  private final EnumDef definition;
  private final Map<String, PureJavaEnumMember> members = new LinkedHashMap<>();

  PureJavaEnum(PureJavaBackend backend, String module, EnumDef definition) {
    super(backend);
    this.module = module;
    this.definition = definition;
    for (Enum<?> constant : definition.javaClass().getEnumConstants()) {
      members.put(constant.name(), new PureJavaEnumMember(backend, this, constant.name()));
    }
  }

  /** The class name, without the module. */
  String name() {
    return definition.name();
  }

  @Override
  String type() {
    return "EnumType";
  }

  @Override
  String computeRepr() {
    return "<enum '" + definition.name() + "'>";
  }

  @Override
  boolean truth() {
    return true;
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    PyObject member = members.get(name);
    if (member != null) {
      return member;
    }
    return switch (name) {
      case "__module__" -> backend.str(module);
      case "__name__", "__qualname__" -> backend.str(definition.name());
      case "__doc__" -> backend.strOrNone(definition.doc());
      default ->
          throw new PyAttributeError(
              "type object '" + definition.name() + "' has no attribute '" + name + "'");
    };
  }
}
