package dev.pyjava.runtime.def;

import java.util.List;
import java.util.Objects;

/**
 * A Python module: its name, docstring, functions, types, constants, exception and enum classes.
 *
 * @param name the Python module name
 * @param doc the docstring, or {@code null}
 * @param functions the functions, in source order
 * @param classes the types, in source order
 * @param constants the {@code @PyConstant} attributes, in source order
 * @param exceptions the exception classes, each after its base
 * @param enums the enum classes, in source order
 */
public record ModuleDef(
    String name,
    String doc,
    List<FunctionDef> functions,
    List<ClassDef> classes,
    List<ConstantDef> constants,
    List<ExceptionDef> exceptions,
    List<EnumDef> enums) {
  public ModuleDef {
    Objects.requireNonNull(name, "name");
    functions = List.copyOf(functions);
    classes = List.copyOf(classes);
    constants = List.copyOf(constants);
    exceptions = List.copyOf(exceptions);
    enums = List.copyOf(enums);
  }

  /** A module with no enum classes. */
  public ModuleDef(
      String name,
      String doc,
      List<FunctionDef> functions,
      List<ClassDef> classes,
      List<ConstantDef> constants,
      List<ExceptionDef> exceptions) {
    this(name, doc, functions, classes, constants, exceptions, List.of());
  }

  /** A module with functions, types and constants, and no exception classes. */
  public ModuleDef(
      String name,
      String doc,
      List<FunctionDef> functions,
      List<ClassDef> classes,
      List<ConstantDef> constants) {
    this(name, doc, functions, classes, constants, List.of());
  }

  /** A module with functions and types and no constants. */
  public ModuleDef(String name, String doc, List<FunctionDef> functions, List<ClassDef> classes) {
    this(name, doc, functions, classes, List.of(), List.of());
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
