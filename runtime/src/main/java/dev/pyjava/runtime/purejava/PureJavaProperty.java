package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.PropertyDef;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyException;

/**
 * A property as its type holds it ({@code Type.prop}, a {@code getset_descriptor}): reading it
 * through an instance runs the getter, assigning runs the setter.
 */
final class PureJavaProperty extends PureJavaObject implements InstanceDescriptor {
  private final PureJavaType owner;
  private final PropertyDef definition;

  PureJavaProperty(PureJavaBackend backend, PureJavaType owner, PropertyDef definition) {
    super(backend);
    this.owner = owner;
    this.definition = definition;
  }

  @Override
  String type() {
    return "getset_descriptor";
  }

  @Override
  String computeRepr() {
    return "<attribute '" + definition.name() + "' of '" + owner.pythonName() + "' objects>";
  }

  @Override
  boolean truth() {
    return true;
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    return switch (name) {
      case "__name__" -> backend.str(definition.name());
      case "__qualname__" -> backend.str(owner.name() + "." + definition.name());
      case "__doc__" -> backend.strOrNone(definition.doc());
      case "__objclass__" -> owner;
      default -> super.getAttr(name);
    };
  }

  /**
   * {@code instance.prop}: the getter's value.
   *
   * @throws PyException whatever the getter throws, mapped as a function's exceptions are
   */
  @Override
  public PyObject get(PureJavaInstance instance) {
    try {
      Object value = definition.getter().get(instance.javaObject());
      return backend.instances().toPython(definition.type(), value);
    } catch (Throwable t) {
      throw ExceptionMapper.toPython(t);
    }
  }

  /**
   * {@code instance.prop = value}.
   *
   * @throws PyAttributeError for a read-only property, as CPython words it
   * @throws PyException {@code TypeError} for a value of the wrong type, or whatever the setter
   *     throws
   */
  void set(PureJavaInstance instance, PyObject value) {
    if (definition.setter() == null) {
      throw new PyAttributeError(
          "attribute '"
              + definition.name()
              + "' of '"
              + owner.pythonName()
              + "' objects is not writable");
    }
    try {
      Object converted = backend.instances().toJava(value, definition.type(), null, null);
      definition.setter().set(instance.javaObject(), converted);
    } catch (Throwable t) {
      throw ExceptionMapper.toPython(t);
    }
  }
}
