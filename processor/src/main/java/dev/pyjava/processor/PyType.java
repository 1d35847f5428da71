package dev.pyjava.processor;

import java.util.List;
import java.util.Locale;

/**
 * A Java type pyjava converts: the processor's view of the runtime's {@code TypeSpec}, which
 * generated code builds from it.
 *
 * @param kind the sort of value; the names match {@code TypeSpec.Kind}
 * @param boxed whether the Java type is a box ({@code Integer} rather than {@code int})
 * @param element the element of an optional, list, map (the map's value), iterator, iterable or
 *     stream, else {@code null}
 * @param objectInterface the simple name of the {@code dev.pyjava.runtime} interface of an
 *     object, else {@code null}
 * @param instanceName the Python name ({@code module.Type}) of an instance of a {@code @PyClass},
 *     else {@code null}
 * @param callbackInterface the runtime's {@code CallbackInterface} constant of a callback ({@code
 *     FUNCTION}), else {@code null}
 * @param typeArguments a callback's type arguments, in Java order, else empty
 * @param itemType the {@code ItemType} constant of an array or buffer ({@code DOUBLE}), else
 *     {@code null}
 */
record PyType(
    Kind kind,
    boolean boxed,
    PyType element,
    String objectInterface,
    String instanceName,
    String callbackInterface,
    List<PyType> typeArguments,
    String itemType) {

  /** The sorts of value, named as in {@code TypeSpec.Kind}. */
  enum Kind {
    BOOLEAN, INT, LONG, DOUBLE, STRING, BYTES, VOID, OPTIONAL, LIST, MAP, OBJECT, INSTANCE,
    ITERATOR, ITERABLE, STREAM, CALLBACK, ARRAY, BUFFER
  }

  /** A type that is not a callback, an array or a buffer. */
  PyType(Kind kind, boolean boxed, PyType element, String objectInterface, String instanceName) {
    this(kind, boxed, element, objectInterface, instanceName, null, List.of(), null);
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
    return new PyType(Kind.CALLBACK, false, null, null, null, javaInterface, typeArguments, null);
  }

  /** A primitive array ({@code double[]}) of the {@code ItemType} named {@code item}. */
  static PyType array(String item) {
    return new PyType(Kind.ARRAY, false, null, null, null, null, List.of(), item);
  }

  /** A {@code java.nio} buffer ({@code DoubleBuffer}) of the {@code ItemType} {@code item}. */
  static PyType buffer(String item) {
    return new PyType(Kind.BUFFER, false, null, null, null, null, List.of(), item);
  }

  /** Whether this type is, or holds, a {@code java.nio} buffer view. */
  boolean holdsBuffer() {
    return kind == Kind.BUFFER || (element != null && element.holdsBuffer());
  }

  /** Whether a value of this type is, or holds, something usable only with the lock held. */
  boolean isLockBound() {
    return kind == Kind.OBJECT
        || (element != null && element.isLockBound())
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
      case MAP -> "Map<String, " + element.javaName() + ">";
      case OBJECT -> objectInterface;
      case INSTANCE -> instanceName;
      case ITERATOR -> "Iterator<" + element.javaName() + ">";
      case ITERABLE -> "Iterable<" + element.javaName() + ">";
      case STREAM -> "Stream<" + element.javaName() + ">";
      case CALLBACK -> callbackJavaName();
      case ARRAY -> itemType.toLowerCase(Locale.ROOT) + "[]";
      case BUFFER ->
          itemType.charAt(0) + itemType.substring(1).toLowerCase(Locale.ROOT) + "Buffer";
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
