package dev.pyjava.processor;

import dev.pyjava.processor.Annotations.AnnotatedString;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A {@code @PyModule} class as read from source, before any judgement: the parse stage's output.
 *
 * @param type the annotated class
 * @param annotation its {@code @PyModule}
 * @param name the {@code name} member
 * @param pythonName the explicit name, or the derived one
 * @param doc the docstring, or {@code null}
 * @param functions its {@code @PyFunction} methods, in source order
 * @param classes its {@code @PyClass} types: the nested ones in source order, then the listed
 *     ones in list order
 * @param constants its {@code @PyConstant} fields, in source order
 */
record ModuleSource(
    TypeElement type,
    AnnotationMirror annotation,
    AnnotatedString name,
    String pythonName,
    String doc,
    List<FunctionSource> functions,
    List<ClassSource> classes,
    List<ConstantSource> constants) {

  /**
   * A {@code @PyFunction} method as read from source.
   *
   * @param method the method
   * @param annotation its {@code @PyFunction}
   * @param name the {@code name} member
   * @param pythonName the explicit name, or the derived one
   * @param doc the docstring, or {@code null}
   * @param parameters the Java parameters, in order
   * @param result the converted result type, or empty when not supported
   * @param signature the {@code signature} member
   * @param parsedSignature the parsed signature, or empty when none is given
   * @param allowThreads its {@code @AllowThreads}, or {@code null}
   */
  record FunctionSource(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotatedString name,
      String pythonName,
      String doc,
      List<ParameterSource> parameters,
      Optional<PyType> result,
      AnnotatedString signature,
      Optional<ParsedSignature> parsedSignature,
      AnnotationMirror allowThreads) {

    /** The parameters Python passes: all but the tokens. */
    List<ParameterSource> pythonParameters() {
      return parameters.stream().filter(p -> !p.token()).toList();
    }
  }

  /**
   * One Java parameter.
   *
   * @param element the parameter
   * @param pythonName the Java name in snake_case
   * @param token whether it is the {@code Python} token
   * @param type the converted type, or empty for a token or an unsupported type
   */
  record ParameterSource(
      VariableElement element, String pythonName, boolean token, Optional<PyType> type) {}
}
