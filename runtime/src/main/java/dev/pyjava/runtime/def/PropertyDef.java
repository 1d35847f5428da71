package dev.pyjava.runtime.def;

import java.util.Objects;

/**
 * A property of a {@link ClassDef}: a getter, and a setter unless it is read-only.
 *
 * @param name the Python name
 * @param doc the docstring, or {@code null}
 * @param type the Java type of the value, both ways
 * @param getter the generated wrapper that calls the Java getter
 * @param setter the generated wrapper that calls the Java setter, or {@code null} for a read-only
 *     property
 */
public record PropertyDef(String name, String doc, TypeSpec type, Getter getter, Setter setter) {
  public PropertyDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(getter, "getter");
  }

  /** The generated wrapper of a getter: casts the instance and calls the Java method. */
  @FunctionalInterface
  public interface Getter {
    /**
     * Reads the property, with the interpreter lock held.
     *
     * @param self the Java instance
     * @return the value, which the runtime converts by {@link PropertyDef#type()}
     * @throws Throwable whatever the method throws; the runtime maps it to a Python exception
     */
    Object get(Object self) throws Throwable;
  }

  /** The generated wrapper of a setter: casts the instance and the value and calls the method. */
  @FunctionalInterface
  public interface Setter {
    /**
     * Writes the property, with the interpreter lock held.
     *
     * @param self the Java instance
     * @param value the value, already converted by {@link PropertyDef#type()}
     * @throws Throwable whatever the method throws; the runtime maps it to a Python exception
     */
    void set(Object self, Object value) throws Throwable;
  }
}
