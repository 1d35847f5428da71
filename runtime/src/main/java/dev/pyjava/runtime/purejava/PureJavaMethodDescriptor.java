package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.exceptions.PyTypeError;

/**
 * An instance method as its type holds it ({@code Type.method}, a {@code method_descriptor}):
 * called with an instance of the type first, or read through an instance as a bound {@link
 * PureJavaBuiltinMethod}.
 */
final class PureJavaMethodDescriptor extends PureJavaCallable implements InstanceDescriptor {
  private final PureJavaType owner;
  private final FunctionDef definition;

  PureJavaMethodDescriptor(PureJavaBackend backend, PureJavaType owner, FunctionDef definition) {
    super(backend);
    this.owner = owner;
    this.definition = definition;
  }

  @Override
  String type() {
    return "method_descriptor";
  }

  @Override
  String computeRepr() {
    return "<method '" + definition.name() + "' of '" + owner.pythonName() + "' objects>";
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    return switch (name) {
      case "__name__" -> backend.str(definition.name());
      case "__qualname__" -> backend.str(owner.name() + "." + definition.name());
      case "__doc__" -> backend.strOrNone(definition.doc());
      case "__text_signature__" -> backend.str(PureJavaBuiltinMethod.selfSignature(definition));
      case "__objclass__" -> owner;
      default -> super.getAttr(name);
    };
  }

  /** {@code instance.method}: the method bound to the instance. */
  @Override
  public PyObject get(PureJavaInstance instance) {
    return new PureJavaBuiltinMethod(backend, owner, definition, instance);
  }

  /**
   * {@code Type.method(instance, ...)}.
   *
   * @throws PyTypeError when the first argument is missing or not an instance of the type, as
   *     CPython words it
   */
  @Override
  PyObject invoke(CallArguments arguments) {
    PyObject[] positional = arguments.positional();
    if (positional.length == 0) {
      throw new PyTypeError(
          "unbound method " + owner.name() + "." + definition.name() + "() needs an argument");
    }
    if (!(positional[0] instanceof PureJavaInstance self && self.pythonType().isSubtypeOf(owner))) {
      String given =
          positional[0] instanceof PureJavaObject o ? o.typeFullName() : positional[0].typeName();
      throw new PyTypeError(
          "descriptor '"
              + definition.name()
              + "' for '"
              + owner.pythonName()
              + "' objects doesn't apply to a '"
              + given
              + "' object");
    }
    return callOn(self, arguments.withoutFirst());
  }

  /**
   * Whether {@code operand} converts to the method's first parameter, as the right operand of a
   * binary dunder must (else Python's {@code NotImplemented}).
   */
  boolean takesOperand(PyObject operand) {
    if (definition.parameters().isEmpty()) {
      return false;
    }
    Parameter first = definition.parameters().getFirst();
    try {
      backend.instances().toJava(operand, first.type(), definition, first);
      return true;
    } catch (PyTypeError mismatch) {
      return false;
    }
  }

  /** Runs the method on {@code self} with the other arguments. */
  PyObject callOn(PureJavaInstance self, CallArguments arguments) {
    return FunctionCall.callMethod(backend, definition, self.javaObject(), arguments);
  }
}
