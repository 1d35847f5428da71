package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.PyStr;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.util.List;
import java.util.Map;

/**
 * An instance of a {@link PureJavaType}: it holds its Java object for as long as it lives. Its
 * attributes are its type's members, read through them as Python reads descriptors; it has no
 * {@code __dict__}. {@code repr}, {@code str}, truth and calling use the type's {@code __repr__},
 * {@code __str__}, {@code __bool__} (else {@code __len__}) and {@code __call__} methods when it has
 * them, and behave as Python's {@code object} does otherwise. Java's {@link #equals} and {@link
 * #hashCode} are Python's {@code ==} and {@code hash()} (so instances are keys of the backend's
 * dicts as in Python): {@code __eq__} and {@code __hash__} when the type has them, identity
 * otherwise, and unhashable with {@code __eq__} but no {@code __hash__}.
 */
final class PureJavaInstance extends PureJavaObject {
  private final PureJavaType type;
  private final Object javaObject;

  /** Made by {@link PureJavaInstances#wrap} only, which records the instance of the Java object. */
  PureJavaInstance(PureJavaBackend backend, PureJavaType type, Object javaObject) {
    super(backend);
    this.type = type;
    this.javaObject = javaObject;
  }

  /** The instance's type. */
  PureJavaType pythonType() {
    return type;
  }

  /** The Java object this instance holds. */
  Object javaObject() {
    return javaObject;
  }

  /** The type's {@code __name__}, as {@link PyObject#typeName()} reports it. */
  @Override
  String type() {
    return type.name();
  }

  @Override
  String typeFullName() {
    return type.pythonName();
  }

  @Override
  String computeRepr() {
    PureJavaMethodDescriptor repr = special("__repr__");
    if (repr == null) {
      return "<" + type.pythonName() + " object at " + address() + ">";
    }
    return string(repr, "__repr__");
  }

  @Override
  String computeStr() {
    PureJavaMethodDescriptor str = special("__str__");
    return str == null ? computeRepr() : string(str, "__str__");
  }

  @Override
  boolean truth() {
    PureJavaMethodDescriptor bool = special("__bool__");
    if (bool != null) {
      PyObject result = bool.callOn(this, noArguments());
      if (!"bool".equals(result.typeName())) {
        throw new PyTypeError("__bool__ should return bool, returned " + result.typeName());
      }
      return result.isTrue();
    }
    PureJavaMethodDescriptor len = special("__len__");
    if (len != null) {
      PyObject result = len.callOn(this, noArguments());
      if (!(result instanceof PyLong length)) {
        throw new PyTypeError(
            "'" + result.typeName() + "' object cannot be interpreted as an integer");
      }
      if (length.bigValue().signum() < 0) {
        throw new PyValueError("__len__() should return >= 0");
      }
      return length.bigValue().signum() != 0;
    }
    return true;
  }

  @Override
  boolean hashable() {
    return special("__hash__") != null || special("__eq__") == null;
  }

  /**
   * {@code self == other} as Python's dicts decide it: identity first, then this type's {@code
   * __eq__}, then the other operand's (when the first gives {@code NotImplemented}: its parameter
   * does not take the other operand), else not equal.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException whatever {@code __eq__} raises
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PyObject value)) {
      return false;
    }
    check();
    PyObject result = compare("__eq__", value);
    if (result == null && value instanceof PureJavaInstance reflected) {
      result = reflected.compare("__eq__", this);
    }
    return result != null && result.isTrue();
  }

  /**
   * {@code hash(self)}: the int of the type's {@code __hash__}, else the identity hash.
   *
   * @throws PyTypeError {@code unhashable type: 'm.Vec'} for a type with {@code __eq__} but no
   *     {@code __hash__}, or {@code __hash__ method should return an integer}
   */
  @Override
  public int hashCode() {
    check();
    if (!hashable()) {
      throw new PyTypeError("unhashable type: '" + typeFullName() + "'");
    }
    PureJavaMethodDescriptor hash = special("__hash__");
    if (hash == null) {
      return System.identityHashCode(this);
    }
    PyObject result = hash.callOn(this, noArguments());
    if (!(result instanceof PyLong)) {
      throw new PyTypeError("__hash__ method should return an integer");
    }
    return result.hashCode();
  }

  /**
   * The type's binary method {@code name} run on {@code other}, or {@code null} for Python's {@code
   * NotImplemented}: no such method, or one whose parameter does not take {@code other}.
   */
  private PyObject compare(String name, PyObject other) {
    PureJavaMethodDescriptor method = special(name);
    if (method == null || !method.takesOperand(other)) {
      return null;
    }
    return method.callOn(this, new CallArguments(new PyObject[] {other}, null, null));
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    PureJavaObject member = type.lookup(name);
    if (member instanceof InstanceDescriptor descriptor) {
      return descriptor.get(this);
    }
    if (member != null) {
      return member;
    }
    return switch (name) {
      case "__class__" -> type;
      case "__module__", "__doc__" -> type.getAttr(name);
      default ->
          throw new PyAttributeError(
              "'" + type.pythonName() + "' object has no attribute '" + name + "'");
    };
  }

  @Override
  public void setAttr(String name, Object value) {
    check();
    PureJavaObject member = type.lookup(name);
    if (member instanceof PureJavaProperty property) {
      property.set(this, backend.token().toPython(value));
      return;
    }
    if (member != null || List.of("__class__", "__module__", "__doc__").contains(name)) {
      throw new PyAttributeError(
          "'" + type.pythonName() + "' object attribute '" + name + "' is read-only");
    }
    super.setAttr(name, value);
  }

  @Override
  public PyObject call(Object... args) {
    check();
    return callSpecial(CallArguments.of(backend.token(), args));
  }

  @Override
  public PyObject call(List<?> args, Map<String, ?> kwargs) {
    check();
    return callSpecial(CallArguments.of(backend.token(), args, kwargs));
  }

  private PyObject callSpecial(CallArguments arguments) {
    PureJavaMethodDescriptor call = special("__call__");
    if (call == null) {
      throw new PyTypeError("'" + type.pythonName() + "' object is not callable");
    }
    return call.callOn(this, arguments);
  }

  /** Whether the type has {@code __call__}: {@code callable(self)}. */
  boolean isCallable() {
    return special("__call__") != null;
  }

  /** The type's method {@code name}, or {@code null}: how Python finds special methods. */
  private PureJavaMethodDescriptor special(String name) {
    return type.lookup(name) instanceof PureJavaMethodDescriptor method ? method : null;
  }

  private String string(PureJavaMethodDescriptor method, String name) {
    PyObject result = method.callOn(this, noArguments());
    if (!(result instanceof PyStr text)) {
      throw new PyTypeError(name + " returned non-string (type " + result.typeName() + ")");
    }
    return text.value();
  }

  private static CallArguments noArguments() {
    return new CallArguments(new PyObject[0], null, null);
  }
}
