package dev.pyjava.runtime.def;

import dev.pyjava.runtime.PyObject;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Java type of a parameter or result, as far as conversion to and from Python cares.
 *
 * <p>Generated code builds these from constants and the {@link #optional}, {@link #list}, {@link
 * #set}, {@link #map}, {@link #object}, {@link #instance}, {@link #iterator}, {@link #iterable},
 * {@link #stream}, {@link #callback}, {@link #array}, {@link #buffer} and {@link #record}
 * factories; the backends interpret them.
 *
 * @param kind what sort of value this is
 * @param boxed whether the Java type is a box ({@code Integer} rather than {@code int}); a boxed
 *     parameter accepts {@code None} as {@code null}
 * @param element the element type of an {@code OPTIONAL}, {@code LIST}, {@code SET}, {@code
 *     MAP} (the map's value type), {@code ITERATOR}, {@code ITERABLE} or {@code STREAM}, otherwise
 *     {@code null}
 * @param objectType the {@link PyObject} interface of an {@code OBJECT}, otherwise {@code null}
 * @param instanceName the Python name ({@code module.Type}) of an {@code INSTANCE} of a {@code
 *     @PyClass}, otherwise {@code null}
 * @param callback the interface, argument and result types of a {@code CALLBACK}, otherwise {@code
 *     null}
 * @param itemType the item type of an {@code ARRAY} or a {@code BUFFER}, otherwise {@code null}
 * @param key the key type of a {@code MAP}, otherwise {@code null}; {@code null} for a map too
 *     means {@code str} keys
 * @param components the types of a {@code RECORD}'s components, in order, otherwise {@code null}
 * @param reader reads a {@code RECORD}'s component values, in order, otherwise {@code null}
 */
public record TypeSpec(
    Kind kind,
    boolean boxed,
    TypeSpec element,
    Class<? extends PyObject> objectType,
    String instanceName,
    CallbackType callback,
    ItemType itemType,
    TypeSpec key,
    List<TypeSpec> components,
    Function<Object, Object[]> reader) {

  /** The sorts of value pyjava converts. */
  public enum Kind {
    BOOLEAN, INT, LONG, DOUBLE, STRING, BYTES, VOID, OPTIONAL, LIST, MAP, OBJECT, INSTANCE,
    ITERATOR, ENUM, ITERABLE, STREAM, CALLBACK, ARRAY, BUFFER, FLOAT, SHORT, BYTE, CHAR,
    BIG_INTEGER, SET, ANY, RECORD, DECIMAL, PATH, DATE, TIME, DATE_TIME, INSTANT, DURATION
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
  public static final TypeSpec FLOAT = new TypeSpec(Kind.FLOAT, false, null, null, null);
  public static final TypeSpec SHORT = new TypeSpec(Kind.SHORT, false, null, null, null);
  public static final TypeSpec BYTE = new TypeSpec(Kind.BYTE, false, null, null, null);
  public static final TypeSpec CHAR = new TypeSpec(Kind.CHAR, false, null, null, null);
  public static final TypeSpec BOXED_FLOAT = new TypeSpec(Kind.FLOAT, true, null, null, null);
  public static final TypeSpec BOXED_SHORT = new TypeSpec(Kind.SHORT, true, null, null, null);
  public static final TypeSpec BOXED_BYTE = new TypeSpec(Kind.BYTE, true, null, null, null);
  public static final TypeSpec BOXED_CHAR = new TypeSpec(Kind.CHAR, true, null, null, null);
  public static final TypeSpec BIG_INTEGER =
      new TypeSpec(Kind.BIG_INTEGER, false, null, null, null);

  /**
   * Java's {@code Object}: the natural Java value of each Python type (None → {@code null}, bool
   * → {@code Boolean}, int → {@code Long} or, beyond it, {@code BigInteger}, float → {@code
   * Double}, str → {@code String}, bytes → {@code byte[]}, list and tuple → {@code List}, dict →
   * {@code Map}, set and frozenset → {@code Set}, their items likewise), the {@link PyObject} for
   * any other; a result converts as {@link dev.pyjava.runtime.Python#toPython} does.
   */
  public static final TypeSpec ANY = new TypeSpec(Kind.ANY, false, null, null, null);

  /** {@code BigDecimal}: a {@code decimal.Decimal} (an {@code int} is accepted too). */
  public static final TypeSpec DECIMAL = new TypeSpec(Kind.DECIMAL, false, null, null, null);

  /** {@code java.nio.file.Path}: a {@code str} or {@code os.PathLike}; a {@code pathlib.Path}. */
  public static final TypeSpec PATH = new TypeSpec(Kind.PATH, false, null, null, null);

  /** {@code LocalDate}: a {@code datetime.date} (not a {@code datetime}). */
  public static final TypeSpec DATE = new TypeSpec(Kind.DATE, false, null, null, null);

  /** {@code LocalTime}: a naive {@code datetime.time}. */
  public static final TypeSpec TIME = new TypeSpec(Kind.TIME, false, null, null, null);

  /** {@code LocalDateTime}: a naive {@code datetime.datetime}. */
  public static final TypeSpec DATE_TIME = new TypeSpec(Kind.DATE_TIME, false, null, null, null);

  /** {@code Instant}: an aware {@code datetime.datetime}; a result is aware in UTC. */
  public static final TypeSpec INSTANT = new TypeSpec(Kind.INSTANT, false, null, null, null);

  /** {@code Duration}: a {@code datetime.timedelta}. */
  public static final TypeSpec DURATION = new TypeSpec(Kind.DURATION, false, null, null, null);

  public TypeSpec {
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * A type with no details of its own kind: not a {@code CALLBACK}, an {@code ARRAY}, a {@code
   * BUFFER}, a map with a key type of its own or a {@code RECORD}.
   */
  public TypeSpec(
      Kind kind,
      boolean boxed,
      TypeSpec element,
      Class<? extends PyObject> objectType,
      String instanceName) {
    this(kind, boxed, element, objectType, instanceName, null, null, null, null, null);
  }

  /** {@code Optional<element>}: {@code None} is {@code Optional.empty()}. */
  public static TypeSpec optional(TypeSpec element) {
    return new TypeSpec(Kind.OPTIONAL, false, Objects.requireNonNull(element), null, null);
  }

  /** {@code List<element>}: a Python list (a tuple is accepted too). */
  public static TypeSpec list(TypeSpec element) {
    return new TypeSpec(Kind.LIST, false, Objects.requireNonNull(element), null, null);
  }

  /** {@code Set<element>}: a Python set (a frozenset is accepted too). */
  public static TypeSpec set(TypeSpec element) {
    return new TypeSpec(Kind.SET, false, Objects.requireNonNull(element), null, null);
  }

  /** {@code Map<String, value>}: a Python dict with str keys. */
  public static TypeSpec map(TypeSpec value) {
    return new TypeSpec(Kind.MAP, false, Objects.requireNonNull(value), null, null);
  }

  /**
   * {@code Map<key, value>}: a Python dict whose keys convert as {@code key} (a hashable type).
   */
  public static TypeSpec map(TypeSpec key, TypeSpec value) {
    return new TypeSpec(
        Kind.MAP,
        false,
        Objects.requireNonNull(value),
        null,
        null,
        null,
        null,
        Objects.requireNonNull(key),
        null,
        null);
  }

  /**
   * A Java {@code record} result: a Python tuple of its components, in declaration order, each
   * converted as its type in {@code components} says. {@code reader} gives the component values
   * of a record, in the same order (generated code passes the accessors).
   */
  public static TypeSpec record(List<TypeSpec> components, Function<Object, Object[]> reader) {
    return new TypeSpec(
        Kind.RECORD,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        List.copyOf(components),
        Objects.requireNonNull(reader));
  }

  /** The key type of a {@code MAP}: {@link #key} when it has one, else {@code str}. */
  public TypeSpec mapKey() {
    return key == null ? STRING : key;
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
    return new TypeSpec(Kind.CALLBACK, false, null, null, null, callback, null, null, null, null);
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
    ItemType itemType = Objects.requireNonNull(item);
    return new TypeSpec(Kind.ARRAY, false, null, null, null, null, itemType, null, null, null);
  }

  /**
   * A {@code java.nio} buffer ({@code ByteBuffer}, {@code DoubleBuffer}, ...): a view, with no
   * copy, of the memory of a C-contiguous buffer-protocol argument of the matching format, valid
   * for the call; read-only when the exporter does not allow writing. A parameter type only; the
   * backend makes it.
   */
  public static TypeSpec buffer(ItemType item) {
    ItemType itemType = Objects.requireNonNull(item);
    return new TypeSpec(Kind.BUFFER, false, null, null, null, null, itemType, null, null, null);
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
      case INT, LONG, SHORT, BYTE, BIG_INTEGER -> boxed ? "int | None" : "int";
      case DOUBLE, FLOAT -> boxed ? "float | None" : "float";
      case STRING -> "str";
      case CHAR -> boxed ? "str | None" : "str";
      case BYTES -> "bytes";
      case VOID -> "None";
      case OPTIONAL -> element.pythonName() + " | None";
      case LIST -> "list[" + element.pythonName() + "]";
      case SET -> "set[" + element.pythonName() + "]";
      case ANY -> "object";
      case DECIMAL -> "decimal.Decimal";
      case PATH -> "str or os.PathLike";
      case DATE -> "datetime.date";
      case TIME -> "datetime.time";
      case DATE_TIME, INSTANT -> "datetime.datetime";
      case DURATION -> "datetime.timedelta";
      case RECORD ->
          "tuple["
              + String.join(", ", components.stream().map(TypeSpec::pythonName).toList())
              + "]";
      case MAP -> "dict[" + mapKey().pythonName() + ", " + element.pythonName() + "]";
      case OBJECT -> PyObject.pythonTypeName(objectType);
      case INSTANCE, ENUM -> instanceName;
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
