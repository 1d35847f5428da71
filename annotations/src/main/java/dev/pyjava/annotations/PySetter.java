package dev.pyjava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code public} one-argument {@code void} instance method of a {@link PyClass} the setter
 * of the Python property its {@link PyGetter} of the same name and type defines.
 *
 * <p>The value Python assigns is converted to the parameter's type as a {@link PyFunction} argument
 * is; a value that does not fit raises {@code TypeError}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PySetter {
  /**
   * The property name. Empty means the method name without {@code set}, in snake_case: {@code
   * setRadius} becomes {@code radius}.
   */
  String name() default "";
}
