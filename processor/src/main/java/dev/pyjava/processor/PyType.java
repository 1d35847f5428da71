package dev.pyjava.processor;

import java.util.List;

/**
 * A Java type pyjava converts: the processor's view of the runtime's {@code TypeSpec}, which
 * generated code builds from it.
 *
 * @param kind the sort of value; the names match {@code TypeSpec.Kind}
 * @param boxed whether the Java type is a box ({@code Integer} rather than {@code int})
 * @param element the element of an optional, list, set, map (the map's value) or iterator, else
 *     {@code null}
 * @param objectInterface the simple name of the {@code dev.pyjava.runtime} interface of an
 *     object, else {@code null}
 * @param instanceName the Python name ({@code module.Type}) of an instance of a {@code @PyClass},
 *     else {@code null}
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
    PyType key,
    String recordClass,
    List<PyType> components,
    List<String> accessors) {

  /** The sorts of value, named as in {@code TypeSpec.Kind}. */
  enum Kind {
    BOOLEAN, INT, LONG, DOUBLE, STRING, BYTES, VOID, OPTIONAL, LIST, MAP, OBJECT, INSTANCE,
    ITERATOR, FLOAT, SHORT, BYTE, CHAR, BIG_INTEGER, SET, ANY, RECORD, DECIMAL, PATH, DATE, TIME,
    DATE_TIME, INSTANT, DURATION
  }

  /** A type that is neither a map with a key type of its own nor a record. */
  PyType(
      Kind kind, boolean boxed, PyType element, String objectInterface, String instanceName) {
    this(kind, boxed, element, objectInterface, instanceName, null, null, null, null);
  }

  /** {@code Map<key, value>} for a key other than {@code String}. */
  static PyType map(PyType key, PyType value) {
    return new PyType(Kind.MAP, false, value, null, null, key, null, null, null);
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
          PATH, DATE, TIME, DATE_TIME, INSTANT, DURATION ->
          true;
      // BigDecimal's equals sees the scale (1.0 is not 1.00), Decimal's == does not.
      case BYTES, VOID, OPTIONAL, LIST, MAP, OBJECT, ITERATOR, SET, ANY, RECORD, DECIMAL -> false;
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

  /** Whether a value of this type is, or holds, something usable only with the lock held. */
  boolean isLockBound() {
    return kind == Kind.OBJECT
        || kind == Kind.ANY
        || (element != null && element.isLockBound())
        || (key != null && key.isLockBound())
        || (components != null && components.stream().anyMatch(PyType::isLockBound));
  }

  /** Whether casting {@code Object} to this type is an unchecked cast. */
  boolean isGeneric() {
    return element != null;
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
      case INSTANCE -> instanceName;
      case ITERATOR -> "Iterator<" + element.javaName() + ">";
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
}
