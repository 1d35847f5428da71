package dev.pyjava.processor;

import dev.pyjava.processor.Annotations.AnnotatedString;
import dev.pyjava.processor.Annotations.ListedClass;
import dev.pyjava.processor.ClassSource.AccessorSource;
import dev.pyjava.processor.ModuleSource.FunctionSource;
import dev.pyjava.processor.ModuleSource.ParameterSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The parse stage: reads a {@code @PyModule} class, with its {@code @PyClass} types, into a
 * {@link ModuleSource}.
 */
final class SourceParser {
  private final Elements elements;
  private final Contracts contracts;

  SourceParser(Elements elements, Types types) {
    this.elements = elements;
    this.contracts = new Contracts(elements, types);
  }

  /** Reads {@code type}, which carries {@code @PyModule}. */
  ModuleSource parse(TypeElement type) {
    AnnotationMirror annotation = Annotations.find(type, Annotations.PY_MODULE);
    AnnotatedString name = Annotations.string(annotation, "name");
    AnnotatedString doc = Annotations.string(annotation, "doc");
    String pythonName =
        name.isEmpty() ? Names.snakeCase(type.getSimpleName().toString()) : name.value();
    List<ListedClass> listedClasses = Annotations.classes(annotation, "classes");
    Map<String, String> listed = listedInstanceNames(pythonName, listedClasses);
    List<FunctionSource> functions = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror function = Annotations.find(method, Annotations.PY_FUNCTION);
      if (function != null) {
        functions.add(function(method, function, listed));
      }
    }
    List<ClassSource> classes = new ArrayList<>();
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      AnnotationMirror pyClass = Annotations.find(nested, Annotations.PY_CLASS);
      if (pyClass != null) {
        classes.add(pyClass(pythonName, nested, pyClass, null, listed));
      }
    }
    List<ConstantSource> constants = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      AnnotationMirror constant = Annotations.find(field, Annotations.PY_CONSTANT);
      if (constant != null) {
        constants.add(constant(field, constant, listed));
      }
    }
    for (ListedClass listedClass : listedClasses) {
      classes.add(
          pyClass(
              pythonName,
              listedClass.type(),
              Annotations.find(listedClass.type(), Annotations.PY_CLASS),
              listedClass.source(),
              listed));
    }
    return new ModuleSource(
        type,
        annotation,
        name,
        pythonName,
        doc.isEmpty() ? Docstrings.fromJavadoc(elements.getDocComment(type)) : doc.value(),
        functions,
        classes,
        constants);
  }

  private static ConstantSource constant(
      VariableElement field, AnnotationMirror annotation, Map<String, String> listed) {
    AnnotatedString name = Annotations.string(annotation, "name");
    return new ConstantSource(
        field,
        annotation,
        name,
        name.isEmpty() ? field.getSimpleName().toString() : name.value(),
        TypeMapper.parameter(field.asType(), listed));
  }

  /**
   * The Python names ({@code module.Type}) of the {@code @PyClass} classes module {@code
   * moduleName} lists, by qualified Java name: the listed classes its members may take and return.
   */
  private static Map<String, String> listedInstanceNames(
      String moduleName, List<ListedClass> listedClasses) {
    Map<String, String> names = new HashMap<>();
    for (ListedClass listedClass : listedClasses) {
      AnnotationMirror pyClass = Annotations.find(listedClass.type(), Annotations.PY_CLASS);
      if (pyClass != null) {
        AnnotatedString className = Annotations.string(pyClass, "name");
        names.put(
            listedClass.type().getQualifiedName().toString(),
            moduleName
                + "."
                + (className.isEmpty()
                    ? listedClass.type().getSimpleName().toString()
                    : className.value()));
      }
    }
    return names;
  }

  /** The nearest superclass of {@code type} that is a {@code @PyClass}, or {@code null}. */
  static TypeElement pyClassBase(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
      if (Annotations.find(element, Annotations.PY_CLASS) != null) {
        return element;
      }
      superclass = element.getSuperclass();
    }
    return null;
  }

  /**
   * Reads a class of the module named {@code moduleName}; {@code annotation} is {@code null} for a
   * listed class that lacks {@code @PyClass}, which validation reports.
   */
  private ClassSource pyClass(
      String moduleName,
      TypeElement type,
      AnnotationMirror annotation,
      AnnotationValue listedBy,
      Map<String, String> listed) {
    AnnotatedString name =
        annotation == null ? new AnnotatedString("", null) : Annotations.string(annotation, "name");
    List<FunctionSource> constructors = new ArrayList<>();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      AnnotationMirror mirror = Annotations.find(constructor, Annotations.PY_CONSTRUCTOR);
      if (mirror != null) {
        constructors.add(
            function(constructor, mirror, type.getSimpleName().toString(), listed));
      }
    }
    List<FunctionSource> methods = new ArrayList<>();
    List<AccessorSource> getters = new ArrayList<>();
    List<AccessorSource> setters = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror function = Annotations.find(method, Annotations.PY_FUNCTION);
      if (function != null) {
        methods.add(function(method, function, listed));
      }
      AnnotationMirror getter = Annotations.find(method, Annotations.PY_GETTER);
      if (getter != null) {
        Optional<PyType> value =
            method.getParameters().isEmpty()
                ? TypeMapper.result(method.getReturnType(), listed)
                    .filter(t -> t.kind() != PyType.Kind.VOID)
                : Optional.empty();
        getters.add(accessor(method, getter, value));
      }
      AnnotationMirror setter = Annotations.find(method, Annotations.PY_SETTER);
      if (setter != null) {
        Optional<PyType> value =
            method.getParameters().size() == 1
                ? TypeMapper.parameter(method.getParameters().get(0).asType(), listed)
                : Optional.empty();
        setters.add(accessor(method, setter, value));
      }
    }
    String pythonName = name.isEmpty() ? type.getSimpleName().toString() : name.value();
    return new ClassSource(
        type,
        annotation,
        listedBy,
        name,
        pythonName,
        Docstrings.fromJavadoc(elements.getDocComment(type)),
        annotation != null && Annotations.flag(annotation, "subclassable"),
        constructors,
        methods,
        getters,
        setters,
        pyClassBase(type),
        contracts.of(type, PyType.instance(moduleName + "." + pythonName), listed),
        exceptionBase(type));
  }

  /**
   * For a Java exception class, the built-in Python exception its nearest runtime {@code Py*}
   * exception superclass stands for ({@code PyValueError} → {@code ValueError}), or empty when it
   * has none; {@code null} for a class that is not a {@code Throwable}.
   */
  private static String exceptionBase(TypeElement type) {
    String runtimeExceptions = TypeMapper.RUNTIME_PACKAGE + ".exceptions.";
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
      String name = element.getQualifiedName().toString();
      String simpleName = element.getSimpleName().toString();
      if (name.equals(runtimeExceptions + simpleName) && simpleName.startsWith("Py")) {
        return simpleName.substring("Py".length());
      }
      if (name.equals("java.lang.Throwable")) {
        return "";
      }
      superclass = element.getSuperclass();
    }
    return null;
  }

  private AccessorSource accessor(
      ExecutableElement method, AnnotationMirror annotation, Optional<PyType> type) {
    AnnotatedString name = Annotations.string(annotation, "name");
    return new AccessorSource(
        method,
        annotation,
        name,
        name.isEmpty() ? Names.propertyName(method.getSimpleName().toString()) : name.value(),
        Docstrings.fromJavadoc(elements.getDocComment(method)),
        type);
  }

  /**
   * Whether every type the module's functions, and the members of its nested {@code @PyClass}
   * types, mention is resolved. A missing one may be generated in a later round; if it never is,
   * javac reports it.
   */
  static boolean isComplete(TypeElement type) {
    if (!membersComplete(type, Annotations.PY_FUNCTION)) {
      return false;
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      boolean complete =
          Annotations.find(nested, Annotations.PY_CLASS) == null
              || membersComplete(nested, Annotations.PY_FUNCTION)
                  && membersComplete(nested, Annotations.PY_CONSTRUCTOR)
                  && membersComplete(nested, Annotations.PY_GETTER)
                  && membersComplete(nested, Annotations.PY_SETTER);
      if (!complete) {
        return false;
      }
    }
    return true;
  }

  /** Whether the methods and constructors of {@code type} annotated {@code annotation} resolve. */
  private static boolean membersComplete(TypeElement type, String annotation) {
    for (Element member : type.getEnclosedElements()) {
      if (!(member instanceof ExecutableElement method)
          || Annotations.find(method, annotation) == null) {
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

  private FunctionSource function(
      ExecutableElement method, AnnotationMirror annotation, Map<String, String> listed) {
    AnnotatedString name = Annotations.string(annotation, "name");
    return function(
        method,
        annotation,
        name.isEmpty() ? Names.snakeCase(method.getSimpleName().toString()) : name.value(),
        listed);
  }

  /**
   * Reads a function, method or constructor whose Python name is {@code pythonName}; {@code
   * listed} names the module's listed classes (see {@link TypeMapper#parameter}).
   */
  private FunctionSource function(
      ExecutableElement method,
      AnnotationMirror annotation,
      String pythonName,
      Map<String, String> listed) {
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
              token ? Optional.empty() : TypeMapper.parameter(type, listed)));
    }
    return new FunctionSource(
        method,
        annotation,
        name,
        pythonName,
        Docstrings.fromJavadoc(elements.getDocComment(method)),
        parameters,
        TypeMapper.result(method.getReturnType(), listed),
        signature,
        signature.isEmpty()
            ? Optional.empty()
            : Optional.of(SignatureParser.parse(signature.value())),
        Annotations.find(method, Annotations.ALLOW_THREADS));
  }
}
