package dev.pyjava.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link PyFunction}'s body with the interpreter lock released, so other Python threads
 * run in parallel, as PyO3's {@code allow_threads} does.
 *
 * <p>Arguments are converted with the lock held; the lock is taken back before the result is
 * converted or an exception is raised, on every path. Because the body runs without the lock, the
 * method may not take or return anything bound to it: the {@code Python} token, {@code PyObject}
 * and its subtypes, or collections of them. Take {@code Python} instead and call {@code
 * py.allowThreads(...)} around the part that needs no Python objects.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AllowThreads {}
