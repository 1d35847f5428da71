package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.FunctionDef;

/**
 * A {@code builtin_function_or_method} of a type: an instance method bound to its instance ({@code
 * instance.method}), or a static method, which the type and its instances both give as it is.
 */
final class PureJavaBuiltinMethod extends PureJavaCallable {
  private final PureJavaType owner;
  private final FunctionDef definition;

  /** The instance the method is bound to, or {@code null} for a static method. */
  private final PureJavaInstance self;

  PureJavaBuiltinMethod(
      PureJavaBackend backend, PureJavaType owner, FunctionDef definition, PureJavaInstance self) {
    super(backend);
    this.owner = owner;
    this.definition = definition;
    this.self = self;
  }

  /** An instance method's {@code __text_signature__}: {@code ($self, step)}. */
  static String selfSignature(FunctionDef method) {
    String signature = method.signature();
    String inner = signature.substring(1, signature.length() - 1);
    return inner.isEmpty() ? "($self)" : "($self, " + inner + ")";
  }

  @Override
  String type() {
    return "builtin_function_or_method";
  }

  /** As CPython shows it, whose static methods are bound to their type object. */
  @Override
  String computeRepr() {
    PureJavaObject boundTo = self == null ? owner : self;
    return "<built-in method "
        + definition.name()
        + " of "
        + boundTo.typeFullName()
        + " object at "
        + boundTo.address()
        + ">";
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    return switch (name) {
      case "__name__" -> backend.str(definition.name());
      case "__qualname__" -> backend.str(owner.name() + "." + definition.name());
      case "__doc__" -> backend.strOrNone(definition.doc());
      case "__text_signature__" ->
          backend.str(self == null ? definition.signature() : selfSignature(definition));
      case "__self__" -> self == null ? backend.none() : self;
      default -> super.getAttr(name);
    };
  }

  @Override
  PyObject invoke(CallArguments arguments) {
    Object instance = self == null ? null : self.javaObject();
    return FunctionCall.callMethod(backend, definition, instance, arguments);
  }
}
