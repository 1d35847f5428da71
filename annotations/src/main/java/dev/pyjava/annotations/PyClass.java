package dev.pyjava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code public} class a Python type: a real CPython heap type whose instances each hold
 * one Java object.
 *
 * <p>The class belongs to one {@link PyModule}: it is a {@code static} nested class of the module
 * class, or a top-level class listed in {@link PyModule#classes()}. Its {@link PyConstructor} makes
 * instances from Python, its {@link PyFunction} instance methods are Python methods, and its {@link
 * PyGetter} and {@link PySetter} methods are properties. The type's docstring is the class's
 * Javadoc.
 *
 * <p>Two kinds of class take no members and become other kinds of Python class:
 *
 * <ul>
 *   <li>a Java exception class extending one of the runtime's {@code Py*} exceptions ({@code
 *       class CorpusError extends PyValueError}) is an exception class of the module subclassing
 *       that built-in exception; throwing it raises it;
 *   <li>a Java {@code enum} is an {@code enum.Enum} subclass of the module, one member per
 *       constant, named as the constant, whose {@code value} is that name too.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PyClass {
  /** The Python type name. Empty means the class's simple name: {@code Circle}. */
  String name() default "";

  /**
   * Whether Python code may subclass the type. When false, {@code class X(Circle)} fails as it does
   * for any final CPython type: {@code type 'm.Circle' is not an acceptable base type}.
   */
  boolean subclassable() default false;
}
