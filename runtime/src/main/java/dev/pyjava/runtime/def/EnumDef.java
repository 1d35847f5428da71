package dev.pyjava.runtime.def;

import java.util.Objects;

/**
 * A Python {@code enum.Enum} subclass of a module, from a Java {@code enum} annotated {@code
 * @PyClass}: one member per Java constant, named as the constant, whose {@code value} is that
 * name too.
 *
 * @param name the Python class name, without the module
 * @param doc the docstring, or {@code null}
 * @param javaClass the Java enum
 */
public record EnumDef(String name, String doc, Class<? extends Enum<?>> javaClass) {
  public EnumDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(javaClass, "javaClass");
  }
}
