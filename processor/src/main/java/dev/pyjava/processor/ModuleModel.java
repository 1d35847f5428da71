package dev.pyjava.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated module, ready to generate: the model stage's output.
 *
 * @param origin the {@code @PyModule} class, the generated file's originating element
 * @param moduleClass the {@code @PyModule} class
 * @param generatedClass the class to generate
 * @param pythonName the module name
 * @param doc the docstring, or {@code null}
 * @param functions the functions, in source order
 * @param classes the types, in source order
 * @param constants the constants, in source order
 * @param exceptions the exception classes, each after its base
 * @param enums the enum classes, in source order
 */
record ModuleModel(
    TypeElement origin,
    ClassName moduleClass,
    ClassName generatedClass,
    String pythonName,
    String doc,
    List<FunctionModel> functions,
    List<ClassModel> classes,
    List<ConstantModel> constants,
    List<ExceptionModel> exceptions,
    List<EnumModel> enums) {

  /** The generated class's name: {@code <TopLevel>_<Nested>..._PyModule} in the same package. */
  static ClassName generatedName(ClassName moduleClass) {
    return ClassName.get(
        moduleClass.packageName(), String.join("_", moduleClass.simpleNames()) + "_PyModule");
  }

  /**
   * A function.
   *
   * @param pythonName the Python name
   * @param doc the docstring, or {@code null}
   * @param methodName the Java method to call
   * @param arguments what to pass for each Java parameter, in order
   * @param result the result type
   * @param allowThreads whether the body runs with the lock released
   */
  record FunctionModel(
      String pythonName,
      String doc,
      String methodName,
      List<Argument> arguments,
      PyType result,
      boolean allowThreads) {

    /** The Python parameters: the arguments that are not the token. */
    List<PythonParameter> pythonParameters() {
      return arguments.stream()
          .filter(PythonParameter.class::isInstance)
          .map(PythonParameter.class::cast)
          .toList();
    }
  }

  /** What the wrapper passes for one Java parameter. */
  sealed interface Argument {}

  /** The {@code Python} token the wrapper receives. */
  record TokenArgument() implements Argument {}

  /**
   * A Python parameter, converted by the runtime and cast by the wrapper.
   *
   * @param name the Python name
   * @param javaType the Java parameter type, to cast to
   * @param type the type to convert to
   * @param kind how it may be passed
   * @param defaultValue its default, or {@code null}
   */
  record PythonParameter(
      String name, TypeName javaType, PyType type, Kind kind, PythonLiteral defaultValue)
      implements Argument {}

  /**
   * A module attribute from a {@code @PyConstant} field.
   *
   * @param pythonName the attribute name
   * @param type the field's type
   * @param fieldName the field to read
   */
  record ConstantModel(String pythonName, PyType type, String fieldName) {}

  /**
   * A Python exception class from a {@code @PyClass} Java exception class.
   *
   * @param pythonName the class name
   * @param doc the docstring, or {@code null}
   * @param javaClass the Java class
   * @param base the Python name of its base: a built-in's, or {@code module.Name}
   */
  record ExceptionModel(String pythonName, String doc, ClassName javaClass, String base) {}

  /**
   * A Python {@code enum.Enum} subclass from a {@code @PyClass} Java enum.
   *
   * @param pythonName the class name
   * @param doc the docstring, or {@code null}
   * @param javaClass the Java enum
   * @param members the names of its constants, in declaration order
   */
  record EnumModel(String pythonName, String doc, ClassName javaClass, List<String> members) {}

  /** How a parameter may be passed; the names match the runtime's {@code ParameterKind}. */
  enum Kind {
    POSITIONAL_ONLY,
    POSITIONAL_OR_KEYWORD,
    KEYWORD_ONLY,
    VAR_POSITIONAL,
    VAR_KEYWORD
  }
}
