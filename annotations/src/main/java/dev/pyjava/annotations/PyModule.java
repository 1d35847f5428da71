package dev.pyjava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@link PyFunction} methods form one Python module.
 *
 * <p>The pyjava processor generates {@code <SimpleName>_PyModule} beside the class. Every
 * runtime finds it through {@code ServiceLoader}, so {@code import name} works from Python.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PyModule {
  /**
   * The Python module name. Empty means the class's simple name in snake_case:
   * {@code WordCount} becomes {@code word_count}.
   */
  String name() default "";

  /** The module docstring. Empty means the class's Javadoc. */
  String doc() default "";
}
