package dev.pyjava.runtime.def;

import dev.pyjava.runtime.exceptions.PyException;
import java.util.Objects;

/**
 * A Python exception class of a module, from a Java exception class annotated {@code @PyClass}
 * that extends one of the runtime's {@code Py*} exceptions: throwing the Java exception raises the
 * Python one, which subclasses the built-in (or module) exception the Java class extends.
 *
 * @param name the Python class name, without the module
 * @param doc the docstring, or {@code null}
 * @param javaClass the Java exception class
 * @param base the Python name of the base: a built-in's ({@code ValueError}), or {@code
 *     module.Name} for another exception class of the module, defined earlier
 */
public record ExceptionDef(
    String name, String doc, Class<? extends PyException> javaClass, String base) {
  public ExceptionDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(javaClass, "javaClass");
    Objects.requireNonNull(base, "base");
  }
}
