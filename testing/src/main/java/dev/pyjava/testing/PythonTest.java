package dev.pyjava.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class or method in real CPython, started once inside the test JVM, with every pyjava
 * module on the class path importable. Test methods may declare a {@link dev.pyjava.runtime.Python}
 * parameter; their bodies run with the interpreter lock held:
 *
 * <pre>{@code
 * @PythonTest
 * class JsonTest {
 *   @Test
 *   void parses(Python py) {
 *     py.exec("import json\nassert json.loads('[1, 2]') == [1, 2]");
 *   }
 * }
 * }</pre>
 *
 * <p>Where no libpython is found, {@link #fallback} decides what happens. Each test publishes the
 * report entry {@code pyjava.backend} naming the backend it ran on and why. Tests carry the tag
 * {@code embedded-python}, so a build can run them in a JVM of their own: the CPython backend, once
 * started, is the backend of the whole JVM. The JVM needs {@code --enable-native-access=ALL-UNNAMED}
 * (and {@code -Xrs}, so that Python keeps its signal handlers).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(PythonExtension.class)
@Tag("embedded-python")
public @interface PythonTest {
  /** The system property that overrides {@link #fallback} for every test: PUREJAVA, SKIP or FAIL. */
  String FALLBACK_PROPERTY = "pyjava.testing.fallback";

  /** What to do where CPython cannot start; {@link Fallback#PUREJAVA} unless said otherwise. */
  Fallback fallback() default Fallback.PUREJAVA;
}
