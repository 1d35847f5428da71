package dev.pyjava.runtime.def;

import java.util.Objects;
import java.util.Optional;

/**
 * One Python parameter of a function, in Java parameter order (the {@code Python} token excluded).
 *
 * @param name the Python name
 * @param type the Java type it converts to
 * @param kind how it may be passed
 * @param hasDefault whether it may be omitted
 * @param defaultValue the Java value used when omitted ({@code null} for None or no default)
 * @param defaultRepr the default as the Python literal shown in the signature, or {@code null}
 */
public record Parameter(
    String name,
    TypeSpec type,
    ParameterKind kind,
    boolean hasDefault,
    Object defaultValue,
    String defaultRepr) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    if (hasDefault) {
      Objects.requireNonNull(defaultRepr, "defaultRepr");
    }
  }

  /**
   * The Java value the method receives when the caller omits this parameter: the default, made
   * an {@code Optional} for an {@code Optional} parameter whose default was given bare ({@code
   * null} for None).
   */
  public Object omittedValue() {
    if (type.kind() == TypeSpec.Kind.OPTIONAL && !(defaultValue instanceof Optional<?>)) {
      return Optional.ofNullable(defaultValue);
    }
    return defaultValue;
  }

  /** A parameter that must be given. */
  public static Parameter required(String name, TypeSpec type, ParameterKind kind) {
    return new Parameter(name, type, kind, false, null, null);
  }

  /**
   * A parameter with a default.
   *
   * @param javaValue the value the Java method receives when the caller omits it
   * @param pythonRepr the Python literal, as written in the signature
   */
  public static Parameter optional(
      String name, TypeSpec type, ParameterKind kind, Object javaValue, String pythonRepr) {
    return new Parameter(name, type, kind, true, javaValue, pythonRepr);
  }
}
