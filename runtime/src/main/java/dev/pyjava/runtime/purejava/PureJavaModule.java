package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import java.util.LinkedHashMap;
import java.util.Map;

/** An imported pyjava module: {@code __name__}, {@code __doc__} and one attribute per function. */
final class PureJavaModule extends PureJavaObject {
  private final ModuleDef definition;
  private final Map<String, PureJavaFunction> functions = new LinkedHashMap<>();

  /** The module; its functions work, its {@code @PyClass} types are not built yet. */
  PureJavaModule(PureJavaBackend backend, ModuleDef definition) {
    super(backend);
    this.definition = definition;
    for (FunctionDef f : definition.functions()) {
      functions.put(f.name(), new PureJavaFunction(backend, definition.name(), f));
    }
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
    PureJavaFunction function = functions.get(name);
    if (function != null) {
      return function;
    }
    if (definition.classes().stream().anyMatch(type -> type.name().equals(name))) {
      throw new UnsupportedOperationException(
          "'" + definition.name() + "." + name + "' is a @PyClass type, which the purejava backend"
              + " does not support yet; import it from CPython");
    }
    return switch (name) {
      case "__name__" -> backend.str(definition.name());
      case "__doc__" -> backend.strOrNone(definition.doc());
      default ->
          throw new PyAttributeError(
              "module '" + definition.name() + "' has no attribute '" + name + "'");
    };
  }
}
