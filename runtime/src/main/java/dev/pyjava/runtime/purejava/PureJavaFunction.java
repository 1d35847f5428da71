package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A pyjava function as a Python object: calling it binds and converts the arguments exactly as a
 * Python call does ({@link FunctionCall}).
 */
final class PureJavaFunction extends PureJavaObject {
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
  boolean truth() {
    return true;
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

  /** Calls with positional arguments; a {@code null} array (from {@code call(null)}) is one None. */
  @Override
  public PyObject call(Object... args) {
    check();
    Python py = backend.token();
    List<Object> values = args == null ? Collections.singletonList(null) : Arrays.asList(args);
    PyObject[] positional = Conversions.toPythonAll(py, values).toArray(PyObject[]::new);
    return FunctionCall.call(backend, definition, positional, null, null);
  }

  @Override
  public PyObject call(List<?> args, Map<String, ?> kwargs) {
    check();
    Python py = backend.token();
    PyObject[] positional =
        Conversions.toPythonAll(py, args == null ? List.of() : args).toArray(PyObject[]::new);
    Map<String, ?> keywords = kwargs == null ? Map.of() : kwargs;
    String[] kwnames = new String[keywords.size()];
    PyObject[] kwvalues = new PyObject[keywords.size()];
    int k = 0;
    for (Map.Entry<String, ?> entry : keywords.entrySet()) {
      if (entry.getKey() == null) {
        throw new PyTypeError("keywords must be strings");
      }
      kwnames[k] = entry.getKey();
      kwvalues[k] = Conversions.toPython(py, entry.getValue());
      k++;
    }
    return FunctionCall.call(backend, definition, positional, kwnames, kwvalues);
  }
}
