package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.PropertyDef;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@code @PyClass} type: calling it runs the Java constructor (bound and converted as a function
 * is) and returns a new {@link PureJavaInstance}. Its members are Python's: a {@link
 * PureJavaMethodDescriptor} per method (dunder methods included), a {@link PureJavaBuiltinMethod}
 * per static method and a {@link PureJavaProperty} per property, and those of its base (the type of
 * the Java class's nearest {@code @PyClass} superclass), which its own override. Immutable, as the
 * CPython backend's types are.
 */
final class PureJavaType extends PureJavaCallable {
  private final String moduleName;
  private final ClassDef definition;
  private final PureJavaType base;
  private final Map<String, PureJavaObject> members = new HashMap<>();

  /** The type of {@code definition}, extending {@code base} ({@code null}: {@code object}). */
  PureJavaType(PureJavaBackend backend, String moduleName, ClassDef definition, PureJavaType base) {
    super(backend);
    this.moduleName = moduleName;
    this.definition = definition;
    this.base = base;
    for (FunctionDef method : definition.methods()) {
      members.put(method.name(), new PureJavaMethodDescriptor(backend, this, method));
    }
    for (FunctionDef method : definition.staticMethods()) {
      members.put(method.name(), new PureJavaBuiltinMethod(backend, this, method, null));
    }
    for (PropertyDef property : definition.properties()) {
      members.put(property.name(), new PureJavaProperty(backend, this, property));
    }
  }

  /** The type's {@code __name__}. */
  String name() {
    return definition.name();
  }

  /** {@code module.Type}, as CPython's messages name the type. */
  String pythonName() {
    return moduleName + "." + definition.name();
  }

  /** The Java class whose objects this type's instances hold. */
  Class<?> javaClass() {
    return definition.javaClass();
  }

  /**
   * The member (method, static method or property) named {@code name}, this type's own or else its
   * nearest base's, or {@code null}.
   */
  PureJavaObject lookup(String name) {
    for (PureJavaType type = this; type != null; type = type.base) {
      PureJavaObject member = type.members.get(name);
      if (member != null) {
        return member;
      }
    }
    return null;
  }

  /** Whether this type is {@code other}, or a subtype of it; false for {@code null}. */
  boolean isSubtypeOf(PureJavaType other) {
    for (PureJavaType type = this; type != null; type = type.base) {
      if (type == other) {
        return true;
      }
    }
    return false;
  }

  @Override
  String type() {
    return "type";
  }

  @Override
  String computeRepr() {
    return "<class '" + pythonName() + "'>";
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    switch (name) {
      case "__name__", "__qualname__" -> {
        return backend.str(definition.name());
      }
      case "__module__" -> {
        return backend.str(moduleName);
      }
      case "__doc__" -> {
        return backend.strOrNone(definition.doc());
      }
      case "__text_signature__" -> {
        FunctionDef constructor = definition.constructor();
        return constructor == null ? backend.none() : backend.str(constructor.signature());
      }
      default -> {
        PureJavaObject member = lookup(name);
        if (member == null) {
          throw new PyAttributeError(
              "type object '" + pythonName() + "' has no attribute '" + name + "'");
        }
        return member;
      }
    }
  }

  @Override
  public void setAttr(String name, Object value) {
    check();
    throw new PyTypeError(
        "cannot set '" + name + "' attribute of immutable type '" + pythonName() + "'");
  }

  /**
   * {@code Type(...)}: a new instance holding what the constructor made.
   *
   * @throws PyTypeError {@code cannot create 'm.Type' instances} for a type without a constructor
   */
  @Override
  PyObject invoke(CallArguments arguments) {
    FunctionDef constructor = definition.constructor();
    if (constructor == null) {
      throw new PyTypeError("cannot create '" + pythonName() + "' instances");
    }
    Object javaObject = FunctionCall.construct(backend, constructor, arguments);
    return backend.instances().wrap(this, javaObject);
  }
}
