package dev.pyjava.processor;

import dev.pyjava.processor.PyType.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
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

  /**
   * The parameter type, or empty when pyjava cannot convert it. {@code listed} gives the Python
   * names ({@code module.Type}) of the top-level {@code @PyClass} classes the module lists, by
   * qualified Java name: those are instance types in that module, as its nested ones are.
   */
  static Optional<PyType> parameter(TypeMirror type, Map<String, String> listed) {
    return Optional.ofNullable(map(type, listed));
  }

  /**
   * The result type ({@code void} allowed), or empty when pyjava cannot convert it; {@code listed}
   * as for {@link #parameter}.
   */
  static Optional<PyType> result(TypeMirror type, Map<String, String> listed) {
    return type.getKind() == TypeKind.VOID
        ? Optional.of(PyType.scalar(Kind.VOID, false))
        : Optional.ofNullable(map(type, listed));
  }

  private static PyType map(TypeMirror type, Map<String, String> listed) {
    return switch (type.getKind()) {
      case BOOLEAN -> PyType.scalar(Kind.BOOLEAN, false);
      case INT -> PyType.scalar(Kind.INT, false);
      case LONG -> PyType.scalar(Kind.LONG, false);
      case DOUBLE -> PyType.scalar(Kind.DOUBLE, false);
      case ARRAY ->
          ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
              ? PyType.scalar(Kind.BYTES, false)
              : null;
      case DECLARED -> declared((DeclaredType) type, listed);
      default -> null;
    };
  }

  private static PyType declared(DeclaredType type, Map<String, String> listed) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    String name = qualifiedName(type);
    return switch (name) {
      case "java.lang.Boolean" -> PyType.scalar(Kind.BOOLEAN, true);
      case "java.lang.Integer" -> PyType.scalar(Kind.INT, true);
      case "java.lang.Long" -> PyType.scalar(Kind.LONG, true);
      case "java.lang.Double" -> PyType.scalar(Kind.DOUBLE, true);
      case "java.lang.String" -> PyType.scalar(Kind.STRING, false);
      case "java.util.Optional" -> container(Kind.OPTIONAL, arguments, 1, listed);
      case "java.util.List" -> container(Kind.LIST, arguments, 1, listed);
      case "java.util.Map" ->
          arguments.size() == 2 && qualifiedName(arguments.get(0)).equals("java.lang.String")
              ? container(Kind.MAP, arguments, 2, listed)
              : null;
      default -> {
        String simpleName = name.substring(name.lastIndexOf('.') + 1);
        boolean runtimeObject =
            name.equals(RUNTIME_PACKAGE + "." + simpleName)
                && OBJECT_INTERFACES.contains(simpleName);
        if (runtimeObject) {
          yield PyType.object(simpleName);
        }
        String listedName = listed.get(name);
        yield listedName != null && type.getTypeArguments().isEmpty()
            ? instanceOrMember(type, listedName)
            : instance(type);
      }
    };
  }

  /**
   * An instance of a {@code @PyClass} nested in a {@code @PyModule} class, or null for any other
   * class (a top-level class this module does not list is not supported: its module is unknown
   * here).
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
    return instanceOrMember(
        type,
        (moduleName.isEmpty()
                ? Names.snakeCase(enclosing.getSimpleName().toString())
                : moduleName.value())
            + "."
            + (className.isEmpty() ? element.getSimpleName().toString() : className.value()));
  }

  /** A member of the enum class {@code pythonName} for a Java enum, else an instance of it. */
  private static PyType instanceOrMember(DeclaredType type, String pythonName) {
    return type.asElement().getKind() == ElementKind.ENUM
        ? PyType.enumeration(pythonName)
        : PyType.instance(pythonName);
  }

  /** A container whose element is its last type argument; raw types are not supported. */
  private static PyType container(
      Kind kind, List<? extends TypeMirror> arguments, int arity, Map<String, String> listed) {
    if (arguments.size() != arity) {
      return null;
    }
    PyType element = map(arguments.get(arity - 1), listed);
    return element == null ? null : PyType.container(kind, element);
  }

  private static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }
}
