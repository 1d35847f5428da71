package dev.pyjava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a {@code public static} method of a {@link PyModule} class as a Python function, or a
 * {@code public} instance method of a {@link PyClass} as a Python method.
 *
 * <p>The docstring is the method's Javadoc. Python parameter names are the Java parameter names
 * in snake_case. A parameter of type {@code dev.pyjava.runtime.Python} receives the interpreter
 * token and is not part of the Python signature.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PyFunction {
  /**
   * The Python name. Empty means the method name in snake_case: {@code searchSequential} becomes
   * {@code search_sequential}.
   */
  String name() default "";

  /**
   * An optional PyO3-style signature naming every Python parameter in Java order, for example
   * {@code "(path, search, /, *, limit=10)"}. {@code /} ends the positional-only parameters,
   * {@code *} starts the keyword-only ones, and {@code name=literal} gives a default: an int,
   * float, str, {@code True}, {@code False} or {@code None}. {@code *args} collects the extra
   * positional arguments into a {@code List<T>} parameter (the parameters after it are
   * keyword-only), and {@code **kwargs}, last, the extra keyword arguments into a {@code
   * Map<String, T>} parameter in call order: {@code "(a, *args, b=1, **kwargs)"}. Empty means
   * every parameter is positional-or-keyword with no default.
   */
  String signature() default "";
}
