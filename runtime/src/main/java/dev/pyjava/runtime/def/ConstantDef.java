package dev.pyjava.runtime.def;

import java.util.Objects;

/**
 * A module attribute from a {@code @PyConstant} field: its value, read once when the generated
 * module definition is made, is converted as a result of {@code type} is whenever a module object
 * is made.
 *
 * @param name the attribute name
 * @param type the field's type
 * @param value the field's value ({@code null} is None)
 */
public record ConstantDef(String name, TypeSpec type, Object value) {
  public ConstantDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
