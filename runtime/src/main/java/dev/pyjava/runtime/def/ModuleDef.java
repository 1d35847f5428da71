package dev.pyjava.runtime.def;

import java.util.List;
import java.util.Objects;

/**
 * A Python module: its name, docstring, functions and types.
 *
 * @param name the Python module name
 * @param doc the docstring, or {@code null}
 * @param functions the functions, in source order
 * @param classes the types, in source order
 */
public record ModuleDef(
    String name, String doc, List<FunctionDef> functions, List<ClassDef> classes) {
  public ModuleDef {
    Objects.requireNonNull(name, "name");
    functions = List.copyOf(functions);
    classes = List.copyOf(classes);
  }

  /** A module with functions and no types. */
  public ModuleDef(String name, String doc, List<FunctionDef> functions) {
    this(name, doc, functions, List.of());
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
