package dev.pyjava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code public static final} field of a {@link PyModule} class a module attribute: {@code
 * word_count.VERSION}. The field's type is any type a {@link PyFunction} can return; its value is
 * read once, when the module is made, and converted as a result is. Python code can rebind the
 * attribute, as it can any module attribute; Java never sees that.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface PyConstant {
  /** The attribute name. Empty means the field's name as it is: {@code VERSION}. */
  String name() default "";
}
