package dev.pyjava.processor;

import dev.pyjava.processor.PyType.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
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
      Set.of(
          "PyObject", "PyStr", "PyLong", "PyFloat", "PyBytes", "PyList", "PyTuple", "PyDict",
          "PyCallable");

  /**
   * The records whose components are being mapped, so that a record holding itself (a tuple
   * would be infinite) is not supported rather than endless. The processor runs on one thread.
   */
  private static final Set<String> RECORDS_BEING_MAPPED = new HashSet<>();

  private TypeMapper() {}

  /** Whether {@code type} is the {@code Python} token. */
  static boolean isToken(TypeMirror type) {
    return qualifiedName(type).equals(PYTHON_TOKEN);
  }

  /**
   * The parameter type, or empty when pyjava cannot convert it (a {@code java.nio} buffer inside
   * an {@code Optional}, {@code List} or {@code Map} included). {@code listed} gives the Python
   * names ({@code module.Type}) of the top-level {@code @PyClass} classes the module lists, by
   * qualified Java name: those are instance types in that module, as its nested ones are.
   */
  static Optional<PyType> parameter(TypeMirror type, Map<String, String> listed) {
    return Optional.ofNullable(map(type, listed))
        .filter(t -> (t.kind() == Kind.BUFFER || !t.holdsBuffer()) && !t.holdsRecord());
  }

  /**
   * The result type ({@code void} allowed), or empty when pyjava cannot convert it (a callback
   * interface is a parameter type only, and so is a {@code java.nio} buffer, anywhere in it);
   * {@code listed} as for {@link #parameter}.
   */
  static Optional<PyType> result(TypeMirror type, Map<String, String> listed) {
    return type.getKind() == TypeKind.VOID
        ? Optional.of(PyType.scalar(Kind.VOID, false))
        : Optional.ofNullable(map(type, listed))
            .filter(t -> !t.holdsCallback() && !t.holdsBuffer());
  }

  /**
   * Whether {@code type} is or holds a {@code java.nio} buffer pyjava views, which only a
   * parameter's own type may be: the view lives for one call, of one argument.
   */
  static boolean holdsBuffer(TypeMirror type) {
    PyType mapped = type.getKind() == TypeKind.VOID ? null : map(type, Map.of());
    return mapped != null && mapped.holdsBuffer();
  }

  private static PyType map(TypeMirror type, Map<String, String> listed) {
    return switch (type.getKind()) {
      case BOOLEAN -> PyType.scalar(Kind.BOOLEAN, false);
      case INT -> PyType.scalar(Kind.INT, false);
      case LONG -> PyType.scalar(Kind.LONG, false);
      case DOUBLE -> PyType.scalar(Kind.DOUBLE, false);
      case FLOAT -> PyType.scalar(Kind.FLOAT, false);
      case SHORT -> PyType.scalar(Kind.SHORT, false);
      case BYTE -> PyType.scalar(Kind.BYTE, false);
      case CHAR -> PyType.scalar(Kind.CHAR, false);
      case ARRAY ->
          switch (((ArrayType) type).getComponentType().getKind()) {
            case BYTE -> PyType.scalar(Kind.BYTES, false);
            case SHORT -> PyType.array("SHORT");
            case INT -> PyType.array("INT");
            case LONG -> PyType.array("LONG");
            case FLOAT -> PyType.array("FLOAT");
            case DOUBLE -> PyType.array("DOUBLE");
            default -> null;
          };
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
      case "java.lang.Float" -> PyType.scalar(Kind.FLOAT, true);
      case "java.lang.Short" -> PyType.scalar(Kind.SHORT, true);
      case "java.lang.Byte" -> PyType.scalar(Kind.BYTE, true);
      case "java.lang.Character" -> PyType.scalar(Kind.CHAR, true);
      case "java.math.BigInteger" -> PyType.scalar(Kind.BIG_INTEGER, false);
      case "java.lang.Object" -> PyType.scalar(Kind.ANY, false);
      case "java.math.BigDecimal" -> PyType.scalar(Kind.DECIMAL, false);
      case "java.nio.file.Path" -> PyType.scalar(Kind.PATH, false);
      case "java.time.LocalDate" -> PyType.scalar(Kind.DATE, false);
      case "java.time.LocalTime" -> PyType.scalar(Kind.TIME, false);
      case "java.time.LocalDateTime" -> PyType.scalar(Kind.DATE_TIME, false);
      case "java.time.Instant" -> PyType.scalar(Kind.INSTANT, false);
      case "java.time.Duration" -> PyType.scalar(Kind.DURATION, false);
      case "java.nio.ByteBuffer" -> PyType.buffer("BYTE");
      case "java.nio.ShortBuffer" -> PyType.buffer("SHORT");
      case "java.nio.IntBuffer" -> PyType.buffer("INT");
      case "java.nio.LongBuffer" -> PyType.buffer("LONG");
      case "java.nio.FloatBuffer" -> PyType.buffer("FLOAT");
      case "java.nio.DoubleBuffer" -> PyType.buffer("DOUBLE");
      case "java.util.Optional" -> container(Kind.OPTIONAL, arguments, 1, listed);
      case "java.util.List" -> container(Kind.LIST, arguments, 1, listed);
      case "java.util.Iterator" -> container(Kind.ITERATOR, arguments, 1, listed);
      case "java.lang.Iterable" -> container(Kind.ITERABLE, arguments, 1, listed);
      case "java.util.stream.Stream" -> container(Kind.STREAM, arguments, 1, listed);
      case "java.util.Set" -> set(arguments, listed);
      case "java.util.Map" -> mapOf(arguments, listed);
      default -> {
        if (CallbackTypes.isCallback(name)) {
          yield CallbackTypes.map(type, name, listed);
        }
        String simpleName = name.substring(name.lastIndexOf('.') + 1);
        boolean runtimeObject =
            name.equals(RUNTIME_PACKAGE + "." + simpleName)
                && OBJECT_INTERFACES.contains(simpleName);
        if (runtimeObject) {
          yield PyType.object(simpleName);
        }
        String listedName = listed.get(name);
        if (listedName != null && type.getTypeArguments().isEmpty()) {
          yield instanceOrMember(type, listedName);
        }
        PyType instance = instance(type);
        yield instance != null ? instance : record(type, listed);
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

  /**
   * A map: {@code String} keys as always, or any other key type whose Python value is hashable
   * (see {@link #unhashableKey}).
   */
  private static PyType mapOf(List<? extends TypeMirror> arguments, Map<String, String> listed) {
    if (arguments.size() != 2) {
      return null;
    }
    if (qualifiedName(arguments.get(0)).equals("java.lang.String")) {
      return container(Kind.MAP, arguments, 2, listed);
    }
    PyType key = map(arguments.get(0), listed);
    PyType value = map(arguments.get(1), listed);
    return key == null || value == null || !key.isHashableKey() ? null : PyType.map(key, value);
  }

  /**
   * The first map key type inside {@code type} (itself, or a type argument at any depth) that
   * pyjava converts but that cannot be a key, as {@code List<String>} in {@code Map<List<String>,
   * Integer>}; empty if there is none. It names the fix when {@code type} is unsupported.
   */
  static Optional<TypeMirror> unhashableKey(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (qualifiedName(type).equals("java.util.Map") && arguments.size() == 2) {
      PyType key = map(arguments.get(0), Map.of());
      if (key != null && !key.isHashableKey()) {
        return Optional.of(arguments.get(0));
      }
    }
    for (TypeMirror argument : arguments) {
      Optional<TypeMirror> inner = unhashableKey(argument);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }

  /**
   * A public, non-generic record whose components all convert (as results), or null for any
   * other class.
   */
  private static PyType record(DeclaredType type, Map<String, String> listed) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (element.getKind() != ElementKind.RECORD
        || !isPublic(element)
        || !element.getTypeParameters().isEmpty()
        || !RECORDS_BEING_MAPPED.add(name)) {
      return null;
    }
    try {
      List<PyType> components = new ArrayList<>();
      List<String> accessors = new ArrayList<>();
      for (RecordComponentElement component : element.getRecordComponents()) {
        PyType componentType = map(component.asType(), listed);
        if (componentType == null) {
          return null;
        }
        components.add(componentType);
        accessors.add(component.getAccessor().getSimpleName().toString());
      }
      return PyType.record(name, components, accessors);
    } finally {
      RECORDS_BEING_MAPPED.remove(name);
    }
  }

  /** Whether generated code in any package can name {@code element}. */
  private static boolean isPublic(Element element) {
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /** A set of a hashable element type (see {@link PyType#isHashableKey}). */
  private static PyType set(List<? extends TypeMirror> arguments, Map<String, String> listed) {
    PyType set = container(Kind.SET, arguments, 1, listed);
    return set == null || !set.element().isHashableKey() ? null : set;
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
