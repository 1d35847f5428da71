package dev.pyjava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose {@link PyFunction} methods form one Python module.
 *
 * <p>Its {@link PyClass} types are its {@code static} nested classes that carry {@code @PyClass}
 * and the classes {@link #classes()} lists.
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

  /**
   * Top-level {@link PyClass} classes that belong to this module, besides its nested ones. A
   * class belongs to one module only.
   */
  Class<?>[] classes() default {};
}
