package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.exceptions.PyAttributeError;

/**
 * A pyjava function as a Python object: calling it binds and converts the arguments exactly as a
 * Python call does ({@link FunctionCall}).
 */
final class PureJavaFunction extends PureJavaCallable {
  private final String moduleName;
  private final FunctionDef definition;

  PureJavaFunction(PureJavaBackend backend, String moduleName, FunctionDef definition) {
    super(backend);
    this.moduleName = moduleName;
    this.definition = definition;
  }

  @Override
  String type() {
    return "builtin_function_or_method";
  }

  @Override
  String computeRepr() {
    return "<built-in function " + definition.name() + ">";
  }

  @Override
  public PyObject getAttr(String name) {
    check();
    return switch (name) {
      case "__name__", "__qualname__" -> backend.str(definition.name());
      case "__module__" -> backend.str(moduleName);
      case "__doc__" -> backend.strOrNone(definition.doc());
      case "__text_signature__" -> backend.str(textSignature(definition));
      default ->
          throw new PyAttributeError(
              "'builtin_function_or_method' object has no attribute '" + name + "'");
    };
  }

  /** As CPython shows a module-level builtin's: {@code ($module, path, search, /)}. */
  static String textSignature(FunctionDef f) {
    String signature = f.signature();
    String inner = signature.substring(1, signature.length() - 1);
    return inner.isEmpty() ? "($module)" : "($module, " + inner + ")";
  }

  @Override
  PyObject invoke(CallArguments arguments) {
    return FunctionCall.call(
        backend, definition, arguments.positional(), arguments.kwnames(), arguments.kwvalues());
  }
}
