package dev.pyjava.processor;

import dev.pyjava.processor.PyType.Kind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Decides which Java types pyjava converts, and how. */
final class TypeMapper {
  static final String RUNTIME_PACKAGE = "dev.pyjava.runtime";
  static final String PYTHON_TOKEN = RUNTIME_PACKAGE + ".Python";

  private static final Set<String> OBJECT_INTERFACES =
      Set.of("PyObject", "PyStr", "PyLong", "PyFloat", "PyBytes", "PyList", "PyTuple", "PyDict");

  private TypeMapper() {}

  /** Whether {@code type} is the {@code Python} token. */
  static boolean isToken(TypeMirror type) {
    return qualifiedName(type).equals(PYTHON_TOKEN);
  }

  /** The parameter type, or empty when pyjava cannot convert it. */
  static Optional<PyType> parameter(TypeMirror type) {
    return Optional.ofNullable(map(type));
  }

  /** The result type ({@code void} allowed), or empty when pyjava cannot convert it. */
  static Optional<PyType> result(TypeMirror type) {
    return type.getKind() == TypeKind.VOID
        ? Optional.of(PyType.scalar(Kind.VOID, false))
        : Optional.ofNullable(map(type));
  }

  private static PyType map(TypeMirror type) {
    return switch (type.getKind()) {
      case BOOLEAN -> PyType.scalar(Kind.BOOLEAN, false);
      case INT -> PyType.scalar(Kind.INT, false);
      case LONG -> PyType.scalar(Kind.LONG, false);
      case DOUBLE -> PyType.scalar(Kind.DOUBLE, false);
      case ARRAY ->
          ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
              ? PyType.scalar(Kind.BYTES, false)
              : null;
      case DECLARED -> declared((DeclaredType) type);
      default -> null;
    };
  }

  private static PyType declared(DeclaredType type) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    String name = qualifiedName(type);
    return switch (name) {
      case "java.lang.Boolean" -> PyType.scalar(Kind.BOOLEAN, true);
      case "java.lang.Integer" -> PyType.scalar(Kind.INT, true);
      case "java.lang.Long" -> PyType.scalar(Kind.LONG, true);
      case "java.lang.Double" -> PyType.scalar(Kind.DOUBLE, true);
      case "java.lang.String" -> PyType.scalar(Kind.STRING, false);
      case "java.util.Optional" -> container(Kind.OPTIONAL, arguments, 1);
      case "java.util.List" -> container(Kind.LIST, arguments, 1);
      case "java.util.Map" ->
          arguments.size() == 2 && qualifiedName(arguments.get(0)).equals("java.lang.String")
              ? container(Kind.MAP, arguments, 2)
              : null;
      default -> {
        String simpleName = name.substring(name.lastIndexOf('.') + 1);
        boolean runtimeObject =
            name.equals(RUNTIME_PACKAGE + "." + simpleName)
                && OBJECT_INTERFACES.contains(simpleName);
        yield runtimeObject ? PyType.object(simpleName) : instance(type);
      }
    };
  }

  /**
   * An instance of a {@code @PyClass} nested in a {@code @PyModule} class, or null for any other
   * class (a listed top-level class is not supported as a parameter or result yet).
   */
  private static PyType instance(DeclaredType type) {
    Element element = type.asElement();
    AnnotationMirror pyClass = Annotations.find(element, Annotations.PY_CLASS);
    Element enclosing = element.getEnclosingElement();
    AnnotationMirror pyModule =
        enclosing == null ? null : Annotations.find(enclosing, Annotations.PY_MODULE);
    if (pyClass == null || pyModule == null || !type.getTypeArguments().isEmpty()) {
      return null;
    }
    Annotations.AnnotatedString className = Annotations.string(pyClass, "name");
    Annotations.AnnotatedString moduleName = Annotations.string(pyModule, "name");
    return PyType.instance(
        (moduleName.isEmpty()
                ? Names.snakeCase(enclosing.getSimpleName().toString())
                : moduleName.value())
            + "."
            + (className.isEmpty() ? element.getSimpleName().toString() : className.value()));
  }

  /**
   * A container whose element is its last type argument; raw types are not supported, nor
   * instances as elements yet.
   */
  private static PyType container(Kind kind, List<? extends TypeMirror> arguments, int arity) {
    if (arguments.size() != arity) {
      return null;
    }
    PyType element = map(arguments.get(arity - 1));
    return element == null || element.kind() == Kind.INSTANCE
        ? null
        : PyType.container(kind, element);
  }

  private static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }
}
