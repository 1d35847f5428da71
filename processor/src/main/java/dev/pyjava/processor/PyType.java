package dev.pyjava.processor;

import java.util.List;
import java.util.List;
import java.util.Locale;

/**
 * A Java type pyjava converts: the processor's view of the runtime's {@code TypeSpec}, which
 * generated code builds from it.
 *
 * @param kind the sort of value; the names match {@code TypeSpec.Kind}
 * @param boxed whether the Java type is a box ({@code Integer} rather than {@code int})
 * @param element the element of an optional, list, set, map (the map's value), iterator, iterable
 *     or stream, else {@code null}
 * @param objectInterface the simple name of the {@code dev.pyjava.runtime} interface of an
 *     object, else {@code null}
 * @param instanceName the Python name ({@code module.Type}) of an instance of a {@code @PyClass}
 *     or of a member of a {@code @PyClass} enum, else {@code null}
 * @param callbackInterface the runtime's {@code CallbackInterface} constant of a callback ({@code
 *     FUNCTION}), else {@code null}
 * @param typeArguments a callback's type arguments, in Java order, else empty
 * @param itemType the {@code ItemType} constant of an array or buffer ({@code DOUBLE}), else
 *     {@code null}
 * @param key the key of a map whose keys are not {@code String}, else {@code null}
 * @param recordClass the canonical name of a record, else {@code null}
 * @param components the types of a record's components, in order, else {@code null}
 * @param accessors the accessor names of a record's components, in order, else {@code null}
 */
record PyType(
    Kind kind,
    boolean boxed,
    PyType element,
    String objectInterface,
    String instanceName,
    String callbackInterface,
    List<PyType> typeArguments,
    String itemType,
    PyType key,
    String recordClass,
    List<PyType> components,
    List<String> accessors) {

  /** The sorts of value, named as in {@code TypeSpec.Kind}. */
  enum Kind {
    BOOLEAN, INT, LONG, DOUBLE, STRING, BYTES, VOID, OPTIONAL, LIST, MAP, OBJECT, INSTANCE,
    ITERATOR, ENUM, ITERABLE, STREAM, CALLBACK, ARRAY, BUFFER, FLOAT, SHORT, BYTE, CHAR,
    BIG_INTEGER, SET, ANY, RECORD, DECIMAL, PATH, DATE, TIME, DATE_TIME, INSTANT, DURATION
  }

  /**
   * A type with no details of its own kind: not a callback, an array, a buffer, a map with a key
   * type of its own or a record.
   */
  PyType(Kind kind, boolean boxed, PyType element, String objectInterface, String instanceName) {
    this(kind, boxed, element, objectInterface, instanceName, null, List.of(), null, null, null,
        null, null);
  }

  /** {@code Map<key, value>} for a key other than {@code String}. */
  static PyType map(PyType key, PyType value) {
    return new PyType(
        Kind.MAP, false, value, null, null, null, List.of(), null, key, null, null, null);
  }

  /** A record result: its canonical name, and its components' types and accessor names. */
  static PyType record(String recordClass, List<PyType> components, List<String> accessors) {
    return new PyType(
        Kind.RECORD,
        false,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        recordClass,
        List.copyOf(components),
        List.copyOf(accessors));
  }

  /** Whether this is, or holds, a record, which converts only as a result. */
  boolean holdsRecord() {
    return kind == Kind.RECORD
        || (element != null && element.holdsRecord())
        || (key != null && key.holdsRecord());
  }

  /**
   * Whether a value of this type is a hashable Python value whose Java value has Java equality to
   * match, so that it can be a map key.
   */
  boolean isHashableKey() {
    return switch (kind) {
      case BOOLEAN, INT, LONG, DOUBLE, STRING, FLOAT, SHORT, BYTE, CHAR, BIG_INTEGER, INSTANCE,
          ENUM, PATH, DATE, TIME, DATE_TIME, INSTANT, DURATION ->
          true;
      // BigDecimal's equals sees the scale (1.0 is not 1.00), Decimal's == does not.
      default -> false;
    };
  }

  static PyType scalar(Kind kind, boolean boxed) {
    return new PyType(kind, boxed, null, null, null);
  }

  static PyType container(Kind kind, PyType element) {
    return new PyType(kind, false, element, null, null);
  }

  static PyType object(String interfaceName) {
    return new PyType(Kind.OBJECT, false, null, interfaceName, null);
  }

  /** An instance of the {@code @PyClass} whose Python name is {@code pythonName}. */
  static PyType instance(String pythonName) {
    return new PyType(Kind.INSTANCE, false, null, null, pythonName);
  }

  /**
   * A Java functional interface taking a Python callable.
   *
   * @param javaInterface the runtime's {@code CallbackInterface} constant
   * @param typeArguments its type arguments, in Java order
   */
  static PyType callback(String javaInterface, List<PyType> typeArguments) {
    return new PyType(
        Kind.CALLBACK,
        false,
        null,
        null,
        null,
        javaInterface,
        typeArguments,
        null,
        null,
        null,
        null,
        null);
  }

  /** A primitive array ({@code double[]}) of the {@code ItemType} named {@code item}. */
  static PyType array(String item) {
    return new PyType(
        Kind.ARRAY, false, null, null, null, null, List.of(), item, null, null, null, null);
  }

  /** A {@code java.nio} buffer ({@code DoubleBuffer}) of the {@code ItemType} {@code item}. */
  static PyType buffer(String item) {
    return new PyType(
        Kind.BUFFER, false, null, null, null, null, List.of(), item, null, null, null, null);
  }

  /** Whether this type is, or holds, a {@code java.nio} buffer view. */
  boolean holdsBuffer() {
    return kind == Kind.BUFFER || (element != null && element.holdsBuffer());
  }

  /** A constant of the Java enum that is the {@code enum.Enum} subclass {@code pythonName}. */
  static PyType enumeration(String pythonName) {
    return new PyType(Kind.ENUM, false, null, null, pythonName);
  }

  /** Whether a value of this type is, or holds, something usable only with the lock held. */
  boolean isLockBound() {
    return kind == Kind.OBJECT
        || kind == Kind.ANY
        || (element != null && element.isLockBound())
        || (key != null && key.isLockBound())
        || (components != null && components.stream().anyMatch(PyType::isLockBound))
        || typeArguments.stream().anyMatch(PyType::isLockBound);
  }

  /** Whether this is, or holds, a callback: a parameter type only. */
  boolean holdsCallback() {
    return kind == Kind.CALLBACK || (element != null && element.holdsCallback());
  }

  /** Whether casting {@code Object} to this type is an unchecked cast. */
  boolean isGeneric() {
    return element != null || !typeArguments.isEmpty();
  }

  /** The Java spelling, for messages: {@code int}, {@code Integer}, {@code List<String>}. */
  String javaName() {
    return switch (kind) {
      case BOOLEAN -> boxed ? "Boolean" : "boolean";
      case INT -> boxed ? "Integer" : "int";
      case LONG -> boxed ? "Long" : "long";
      case DOUBLE -> boxed ? "Double" : "double";
      case STRING -> "String";
      case BYTES -> "byte[]";
      case VOID -> "void";
      case OPTIONAL -> "Optional<" + element.javaName() + ">";
      case LIST -> "List<" + element.javaName() + ">";
      case SET -> "Set<" + element.javaName() + ">";
      case MAP ->
          "Map<" + (key == null ? "String" : key.javaName()) + ", " + element.javaName() + ">";
      case OBJECT -> objectInterface;
      case INSTANCE, ENUM -> instanceName;
      case ITERATOR -> "Iterator<" + element.javaName() + ">";
      case ITERABLE -> "Iterable<" + element.javaName() + ">";
      case STREAM -> "Stream<" + element.javaName() + ">";
      case CALLBACK -> callbackJavaName();
      case ARRAY -> itemType.toLowerCase(Locale.ROOT) + "[]";
      case BUFFER ->
          itemType.charAt(0) + itemType.substring(1).toLowerCase(Locale.ROOT) + "Buffer";
      case FLOAT -> boxed ? "Float" : "float";
      case SHORT -> boxed ? "Short" : "short";
      case BYTE -> boxed ? "Byte" : "byte";
      case CHAR -> boxed ? "Character" : "char";
      case BIG_INTEGER -> "BigInteger";
      case ANY -> "Object";
      case DECIMAL -> "BigDecimal";
      case PATH -> "Path";
      case DATE -> "LocalDate";
      case TIME -> "LocalTime";
      case DATE_TIME -> "LocalDateTime";
      case INSTANT -> "Instant";
      case DURATION -> "Duration";
      case RECORD -> recordClass.substring(recordClass.lastIndexOf('.') + 1);
    };
  }

  private String callbackJavaName() {
    String name = CallbackTypes.simpleName(callbackInterface);
    if (typeArguments.isEmpty()) {
      return name;
    }
    List<String> arguments =
        typeArguments.stream().map(t -> t.kind() == Kind.VOID ? "Void" : t.javaName()).toList();
    return name + "<" + String.join(", ", arguments) + ">";
  }

  /** Whether this is an {@code Iterator}, {@code Iterable} or {@code Stream}: read lazily. */
  boolean isLazy() {
    return kind == Kind.ITERATOR || kind == Kind.ITERABLE || kind == Kind.STREAM;
  }

  /** Whether a lazy type is inside this one (as an element, at any depth). */
  boolean holdsLazy() {
    return element != null && (element.isLazy() || element.holdsLazy());
  }
}
