package dev.pyjava.runtime.def;

import java.util.List;
import java.util.Objects;

/**
 * A Python module: its name, docstring and functions.
 *
 * @param name the Python module name
 * @param doc the docstring, or {@code null}
 * @param functions the functions, in source order
 */
public record ModuleDef(String name, String doc, List<FunctionDef> functions) {
  public ModuleDef {
    Objects.requireNonNull(name, "name");
    functions = List.copyOf(functions);
  }

  /** The function with this Python name, or {@code null}. */
  public FunctionDef function(String pythonName) {
    for (FunctionDef f : functions) {
      if (f.name().equals(pythonName)) {
        return f;
      }
    }
    return null;
  }
}
