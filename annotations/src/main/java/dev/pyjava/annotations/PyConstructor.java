package dev.pyjava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes one {@code public} constructor of a {@link PyClass} the Python type's constructor, so
 * {@code Circle(2.0)} calls it.
 *
 * <p>Parameters follow the same rules as a {@link PyFunction}'s: snake_case names, the same types,
 * the {@code Python} token, and the same signature syntax. A class has at most one; a class without
 * one cannot be created from Python ({@code TypeError: cannot create 'm.Shape' instances}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.CONSTRUCTOR)
public @interface PyConstructor {
  /**
   * An optional signature naming every Python parameter in Java order, as for {@link
   * PyFunction#signature()}. Empty means every parameter is positional-or-keyword with no default.
   */
  String signature() default "";
}
