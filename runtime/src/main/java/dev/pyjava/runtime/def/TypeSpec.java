package dev.pyjava.runtime.def;

import dev.pyjava.runtime.PyObject;
import java.util.Objects;

/**
 * The Java type of a parameter or result, as far as conversion to and from Python cares.
 *
 * <p>Generated code builds these from constants and the {@link #optional}, {@link #list}, {@link
 * #map}, {@link #object}, {@link #instance} and {@link #iterator} factories; the backends interpret
 * them.
 *
 * @param kind what sort of value this is
 * @param boxed whether the Java type is a box ({@code Integer} rather than {@code int}); a boxed
 *     parameter accepts {@code None} as {@code null}
 * @param element the element type of an {@code OPTIONAL}, {@code LIST}, {@code MAP} (the map's
 *     value type; keys are always {@code str}) or {@code ITERATOR}, otherwise {@code null}
 * @param objectType the {@link PyObject} interface of an {@code OBJECT}, otherwise {@code null}
 * @param instanceName the Python name ({@code module.Type}) of an {@code INSTANCE} of a {@code
 *     @PyClass}, otherwise {@code null}
 */
public record TypeSpec(
    Kind kind,
    boolean boxed,
    TypeSpec element,
    Class<? extends PyObject> objectType,
    String instanceName) {

  /** The sorts of value pyjava converts. */
  public enum Kind {
    BOOLEAN, INT, LONG, DOUBLE, STRING, BYTES, VOID, OPTIONAL, LIST, MAP, OBJECT, INSTANCE,
    ITERATOR, ENUM
  }

  public static final TypeSpec BOOLEAN = new TypeSpec(Kind.BOOLEAN, false, null, null, null);
  public static final TypeSpec INT = new TypeSpec(Kind.INT, false, null, null, null);
  public static final TypeSpec LONG = new TypeSpec(Kind.LONG, false, null, null, null);
  public static final TypeSpec DOUBLE = new TypeSpec(Kind.DOUBLE, false, null, null, null);
  public static final TypeSpec BOXED_BOOLEAN = new TypeSpec(Kind.BOOLEAN, true, null, null, null);
  public static final TypeSpec BOXED_INT = new TypeSpec(Kind.INT, true, null, null, null);
  public static final TypeSpec BOXED_LONG = new TypeSpec(Kind.LONG, true, null, null, null);
  public static final TypeSpec BOXED_DOUBLE = new TypeSpec(Kind.DOUBLE, true, null, null, null);
  public static final TypeSpec STRING = new TypeSpec(Kind.STRING, false, null, null, null);
  public static final TypeSpec BYTES = new TypeSpec(Kind.BYTES, false, null, null, null);
  public static final TypeSpec VOID = new TypeSpec(Kind.VOID, false, null, null, null);

  public TypeSpec {
    Objects.requireNonNull(kind, "kind");
  }

  /** {@code Optional<element>}: {@code None} is {@code Optional.empty()}. */
  public static TypeSpec optional(TypeSpec element) {
    return new TypeSpec(Kind.OPTIONAL, false, Objects.requireNonNull(element), null, null);
  }

  /** {@code List<element>}: a Python list (a tuple is accepted too). */
  public static TypeSpec list(TypeSpec element) {
    return new TypeSpec(Kind.LIST, false, Objects.requireNonNull(element), null, null);
  }

  /** {@code Map<String, value>}: a Python dict with str keys. */
  public static TypeSpec map(TypeSpec value) {
    return new TypeSpec(Kind.MAP, false, Objects.requireNonNull(value), null, null);
  }

  /** A lock-bound Python object of the given interface, passed through unconverted. */
  public static TypeSpec object(Class<? extends PyObject> type) {
    return new TypeSpec(Kind.OBJECT, false, null, Objects.requireNonNull(type), null);
  }

  /**
   * An instance of the {@code @PyClass} whose Python name is {@code pythonName}: the Java object
   * of a Python instance of that type (or a subclass), and back, keeping identity. The backend
   * converts it, never {@link dev.pyjava.runtime.Conversions}.
   */
  public static TypeSpec instance(String pythonName) {
    return new TypeSpec(Kind.INSTANCE, false, null, null, Objects.requireNonNull(pythonName));
  }

  /**
   * A result that is a Java {@code Iterator<element>}: a Python iterator over it, converting each
   * item as {@code element} says (what {@code __iter__} of an {@code Iterable<T>} returns). The
   * backend converts it, never {@link dev.pyjava.runtime.Conversions}.
   */
  public static TypeSpec iterator(TypeSpec element) {
    return new TypeSpec(Kind.ITERATOR, false, Objects.requireNonNull(element), null, null);
  }

  /**
   * A constant of the Java enum that is the module's {@code enum.Enum} subclass named {@code
   * pythonName} ({@code module.Name}): a member of that class, and back.
   */
  public static TypeSpec enumeration(String pythonName) {
    return new TypeSpec(Kind.ENUM, false, null, null, Objects.requireNonNull(pythonName));
  }

  /** The Python spelling used in error messages: {@code int}, {@code list[str]}, {@code str | None}. */
  public String pythonName() {
    return switch (kind) {
      case BOOLEAN -> boxed ? "bool | None" : "bool";
      case INT, LONG -> boxed ? "int | None" : "int";
      case DOUBLE -> boxed ? "float | None" : "float";
      case STRING -> "str";
      case BYTES -> "bytes";
      case VOID -> "None";
      case OPTIONAL -> element.pythonName() + " | None";
      case LIST -> "list[" + element.pythonName() + "]";
      case MAP -> "dict[str, " + element.pythonName() + "]";
      case OBJECT -> PyObject.pythonTypeName(objectType);
      case INSTANCE, ENUM -> instanceName;
      case ITERATOR -> "Iterator[" + element.pythonName() + "]";
    };
  }
}
