package dev.pyjava.processor;

import dev.pyjava.processor.Annotations.AnnotatedString;
import dev.pyjava.processor.ModuleSource.FunctionSource;
import dev.pyjava.processor.ModuleSource.ParameterSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** The parse stage: reads a {@code @PyModule} class into a {@link ModuleSource}. */
final class SourceParser {
  private final Elements elements;

  SourceParser(Elements elements) {
    this.elements = elements;
  }

  /** Reads {@code type}, which carries {@code @PyModule}. */
  ModuleSource parse(TypeElement type) {
    AnnotationMirror annotation = Annotations.find(type, Annotations.PY_MODULE);
    AnnotatedString name = Annotations.string(annotation, "name");
    AnnotatedString doc = Annotations.string(annotation, "doc");
    List<FunctionSource> functions = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror function = Annotations.find(method, Annotations.PY_FUNCTION);
      if (function != null) {
        functions.add(function(method, function));
      }
    }
    return new ModuleSource(
        type,
        annotation,
        name,
        name.isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : name.value(),
        doc.isEmpty() ? Docstrings.fromJavadoc(elements.getDocComment(type)) : doc.value(),
        functions);
  }

  /**
   * Whether every type the module's functions mention is resolved. A missing one may be
   * generated in a later round; if it never is, javac reports it.
   */
  static boolean isComplete(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, Annotations.PY_FUNCTION) == null) {
        continue;
      }
      if (mentionsMissingType(method.getReturnType())) {
        return false;
      }
      for (VariableElement parameter : method.getParameters()) {
        if (mentionsMissingType(parameter.asType())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean mentionsMissingType(TypeMirror type) {
    return switch (type.getKind()) {
      case ERROR -> true;
      case DECLARED ->
          ((DeclaredType) type)
              .getTypeArguments().stream().anyMatch(SourceParser::mentionsMissingType);
      case ARRAY ->
          mentionsMissingType(((ArrayType) type).getComponentType());
      default -> false;
    };
  }

  private FunctionSource function(ExecutableElement method, AnnotationMirror annotation) {
    AnnotatedString name = Annotations.string(annotation, "name");
    AnnotatedString signature = Annotations.string(annotation, "signature");
    List<ParameterSource> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      TypeMirror type = parameter.asType();
      boolean token = TypeMapper.isToken(type);
      parameters.add(
          new ParameterSource(
              parameter,
              Names.snakeCase(parameter.getSimpleName().toString()),
              token,
              token ? Optional.empty() : TypeMapper.parameter(type)));
    }
    return new FunctionSource(
        method,
        annotation,
        name,
        name.isEmpty() ? Names.snakeCase(method.getSimpleName().toString()) : name.value(),
        Docstrings.fromJavadoc(elements.getDocComment(method)),
        parameters,
        TypeMapper.result(method.getReturnType()),
        signature,
        signature.isEmpty()
            ? Optional.empty()
            : Optional.of(SignatureParser.parse(signature.value())),
        Annotations.find(method, Annotations.ALLOW_THREADS));
  }
}
