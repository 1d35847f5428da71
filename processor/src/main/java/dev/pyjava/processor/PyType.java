package dev.pyjava.processor;

/**
 * A Java type pyjava converts: the processor's view of the runtime's {@code TypeSpec}, which
 * generated code builds from it.
 *
 * @param kind the sort of value; the names match {@code TypeSpec.Kind}
 * @param boxed whether the Java type is a box ({@code Integer} rather than {@code int})
 * @param element the element of an optional, list, map (the map's value) or iterator, else {@code
 *     null}
 * @param objectInterface the simple name of the {@code dev.pyjava.runtime} interface of an
 *     object, else {@code null}
 * @param instanceName the Python name ({@code module.Type}) of an instance of a {@code @PyClass}
 *     or of a member of a {@code @PyClass} enum, else {@code null}
 */
record PyType(
    Kind kind, boolean boxed, PyType element, String objectInterface, String instanceName) {

  /** The sorts of value, named as in {@code TypeSpec.Kind}. */
  enum Kind {
    BOOLEAN, INT, LONG, DOUBLE, STRING, BYTES, VOID, OPTIONAL, LIST, MAP, OBJECT, INSTANCE,
    ITERATOR, ENUM
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

  /** A constant of the Java enum that is the {@code enum.Enum} subclass {@code pythonName}. */
  static PyType enumeration(String pythonName) {
    return new PyType(Kind.ENUM, false, null, null, pythonName);
  }

  /** Whether a value of this type is, or holds, something usable only with the lock held. */
  boolean isLockBound() {
    return kind == Kind.OBJECT || (element != null && element.isLockBound());
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
      case MAP -> "Map<String, " + element.javaName() + ">";
      case OBJECT -> objectInterface;
      case INSTANCE, ENUM -> instanceName;
      case ITERATOR -> "Iterator<" + element.javaName() + ">";
    };
  }
}
