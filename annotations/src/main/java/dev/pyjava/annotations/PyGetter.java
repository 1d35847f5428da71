package dev.pyjava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code public} no-argument, non-{@code void} instance method of a {@link PyClass} the
 * getter of a Python property.
 *
 * <p>A property with a getter alone is read-only: assigning it raises CPython's {@code
 * AttributeError}. Add a {@link PySetter} of the same name to make it writable. The property's
 * docstring is the getter's Javadoc.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PyGetter {
  /**
   * The property name. Empty means the method name without its prefix, in snake_case: {@code
   * getRadius} becomes {@code radius}, {@code isClosed} becomes {@code closed}, {@code width} stays
   * {@code width}.
   */
  String name() default "";
}
