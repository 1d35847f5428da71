package dev.pyjava.runtime.def;

import dev.pyjava.runtime.PyObject;
import java.util.Arrays;
import java.util.Objects;

/**
 * The Java type of a parameter or result, as far as conversion to and from Python cares.
 *
 * <p>Generated code builds these from constants and the {@link #optional}, {@link #list}, {@link
 * #map}, {@link #object}, {@link #instance}, {@link #iterator}, {@link #iterable}, {@link
 * #stream}, {@link #callback}, {@link #array} and {@link #buffer} factories; the backends
 * interpret them.
 *
 * @param kind what sort of value this is
 * @param boxed whether the Java type is a box ({@code Integer} rather than {@code int}); a boxed
 *     parameter accepts {@code None} as {@code null}
 * @param element the element type of an {@code OPTIONAL}, {@code LIST}, {@code MAP} (the map's
 *     value type; keys are always {@code str}), {@code ITERATOR}, {@code ITERABLE} or {@code
 *     STREAM}, otherwise {@code null}
 * @param objectType the {@link PyObject} interface of an {@code OBJECT}, otherwise {@code null}
 * @param instanceName the Python name ({@code module.Type}) of an {@code INSTANCE} of a {@code
 *     @PyClass}, otherwise {@code null}
 * @param callback the interface, argument and result types of a {@code CALLBACK}, otherwise {@code
 *     null}
 * @param itemType the item type of an {@code ARRAY} or a {@code BUFFER}, otherwise {@code null}
 */
public record TypeSpec(
    Kind kind,
    boolean boxed,
    TypeSpec element,
    Class<? extends PyObject> objectType,
    String instanceName,
    CallbackType callback,
    ItemType itemType) {

  /** The sorts of value pyjava converts. */
  public enum Kind {
    BOOLEAN, INT, LONG, DOUBLE, STRING, BYTES, VOID, OPTIONAL, LIST, MAP, OBJECT, INSTANCE,
    ITERATOR, ITERABLE, STREAM, CALLBACK, ARRAY, BUFFER
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

  /** A type of any kind but {@code CALLBACK}, {@code ARRAY} and {@code BUFFER}. */
  public TypeSpec(
      Kind kind,
      boolean boxed,
      TypeSpec element,
      Class<? extends PyObject> objectType,
      String instanceName) {
    this(kind, boxed, element, objectType, instanceName, null, null);
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
   * A Java {@code Iterator<element>}. As a result, a Python iterator over it, converting each item
   * as {@code element} says (what {@code __iter__} of an {@code Iterable<T>} returns); the backend
   * converts it, never {@link dev.pyjava.runtime.Conversions}. As a parameter, any Python
   * iterable, read lazily: each item is converted when Java asks for it, taking the lock then.
   */
  public static TypeSpec iterator(TypeSpec element) {
    return new TypeSpec(Kind.ITERATOR, false, Objects.requireNonNull(element), null, null);
  }

  /**
   * A parameter typed as the Java functional interface {@code javaInterface} with the given type
   * arguments, in Java order ({@code Function<A, R>}: A, then R): it takes any Python callable,
   * which Java then calls through the interface, from any thread. The backend converts it.
   */
  public static TypeSpec callback(CallbackInterface javaInterface, TypeSpec... typeArguments) {
    CallbackType callback = javaInterface.call(Arrays.asList(typeArguments));
    return new TypeSpec(Kind.CALLBACK, false, null, null, null, callback, null);
  }

  /**
   * A Java {@code Iterable<element>} (declared so, not as a {@code List}): as a result, a Python
   * iterator over its {@code iterator()}; as a parameter, any Python iterable, read lazily in one
   * pass (a second {@code iterator()} throws). Otherwise as {@link #iterator}.
   */
  public static TypeSpec iterable(TypeSpec element) {
    return new TypeSpec(Kind.ITERABLE, false, Objects.requireNonNull(element), null, null);
  }

  /**
   * A Java {@code Stream<element>}: as a result, a Python iterator over it that closes the stream
   * when it is exhausted or freed; as a parameter, a sequential stream over any Python iterable,
   * read lazily, whose {@code close()} lets go of the Python iterator. Otherwise as {@link
   * #iterator}.
   */
  public static TypeSpec stream(TypeSpec element) {
    return new TypeSpec(Kind.STREAM, false, Objects.requireNonNull(element), null, null);
  }

  /** Whether this is a lazy kind: {@code ITERATOR}, {@code ITERABLE} or {@code STREAM}. */
  public boolean isLazy() {
    return kind == Kind.ITERATOR || kind == Kind.ITERABLE || kind == Kind.STREAM;
  }

  /**
   * A primitive array other than {@code byte[]} ({@code double[]}, ...): a copy of a list or tuple
   * of numbers, or of the items of any buffer-protocol object of the matching format ({@link
   * ItemType}); as a result, a list.
   */
  public static TypeSpec array(ItemType item) {
    return new TypeSpec(Kind.ARRAY, false, null, null, null, null, Objects.requireNonNull(item));
  }

  /**
   * A {@code java.nio} buffer ({@code ByteBuffer}, {@code DoubleBuffer}, ...): a view, with no
   * copy, of the memory of a C-contiguous buffer-protocol argument of the matching format, valid
   * for the call; read-only when the exporter does not allow writing. A parameter type only; the
   * backend makes it.
   */
  public static TypeSpec buffer(ItemType item) {
    return new TypeSpec(Kind.BUFFER, false, null, null, null, null, Objects.requireNonNull(item));
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
      case INSTANCE -> instanceName;
      case ITERATOR, STREAM -> "Iterator[" + element.pythonName() + "]";
      case ITERABLE -> "Iterable[" + element.pythonName() + "]";
      case CALLBACK -> callback.pythonName();
      case ARRAY ->
          "list[" + itemType.pythonItem() + "] or a buffer of format '" + itemType.code() + "'";
      case BUFFER ->
          itemType == ItemType.BYTE
              ? "a C-contiguous buffer"
              : "a C-contiguous buffer of format '" + itemType.code() + "'";
    };
  }
}
