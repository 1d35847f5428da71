package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.ConstantDef;
import dev.pyjava.runtime.def.EnumDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import java.util.HashMap;
import java.util.Map;

/**
 * An imported pyjava module: {@code __name__}, {@code __doc__}, one attribute per function, per
 * type (each type made after its base), per enum class and per constant, and whatever attributes
 * Java code sets on it.
 */
final class PureJavaModule extends PureJavaObject {
  private final ModuleDef definition;
  private final Map<String, PyObject> attributes = new HashMap<>();

  /** The module, its types registered with {@code backend}'s instances as they are made. */
  PureJavaModule(PureJavaBackend backend, ModuleDef definition) {
    super(backend);
    this.definition = definition;
    for (FunctionDef f : definition.functions()) {
      attributes.put(f.name(), new PureJavaFunction(backend, definition.name(), f));
    }
    Map<String, ClassDef> classes = new HashMap<>();
    for (ClassDef c : definition.classes()) {
      classes.put(c.name(), c);
    }
    Map<String, PureJavaType> types = new HashMap<>();
    for (ClassDef c : definition.classes()) {
      type(c, classes, types);
    }
    for (EnumDef enumDef : definition.enums()) {
      attributes.put(enumDef.name(), new PureJavaEnum(backend, definition.name(), enumDef));
    }
    for (ConstantDef constant : definition.constants()) {
      attributes.put(
          constant.name(), backend.instances().toPython(constant.type(), constant.value()));
    }
  }

  /** The type of {@code c}, made after its base (each once, into {@code types}). */
  private PureJavaType type(
      ClassDef c, Map<String, ClassDef> classes, Map<String, PureJavaType> types) {
    PureJavaType type = types.get(c.name());
    if (type == null) {
      PureJavaType base = null;
      if (c.base() != null) {
        ClassDef baseClass = classes.get(c.base());
        if (baseClass == null) {
          throw new IllegalStateException(
              "type "
                  + c.name()
                  + " of "
                  + definition.name()
                  + " extends "
                  + c.base()
                  + ", which the module does not define");
        }
        base = type(baseClass, classes, types);
      }
      type = new PureJavaType(backend, definition.name(), c, base);
      backend.instances().register(type);
      types.put(c.name(), type);
      attributes.put(c.name(), type);
    }
    return type;
  }

  @Override
  String type() {
    return "module";
  }

  @Override
  String computeRepr() {
    return "<module '" + definition.name() + "' (purejava)>";
  }

  @Override
  boolean truth() {
    return true;
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    PyObject attribute = attributes.get(name);
    if (attribute != null) {
      return attribute;
    }
    return switch (name) {
      case "__name__" -> backend.str(definition.name());
      case "__doc__" -> backend.strOrNone(definition.doc());
      default ->
          throw new PyAttributeError(
              "module '" + definition.name() + "' has no attribute '" + name + "'");
    };
  }

  /** A module's attributes may be set, as in Python. */
  @Override
  public void setAttr(String name, Object value) {
    check();
    attributes.put(name, backend.token().toPython(value));
  }
}
