package dev.pyjava.runtime.exceptions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Python names of the modules' exception classes ({@code word_count.CorpusError}) by Java
 * class, registered as the modules are found: what {@link PyException#pythonType()} reports for
 * an instance of such a class, or of a Java subclass of one.
 */
public final class ModuleExceptions {
  private static final Map<Class<?>, String> NAMES = new ConcurrentHashMap<>();

  private ModuleExceptions() {}

  /** Registers {@code javaClass} as the Python exception class {@code pythonName}. */
  public static void register(Class<? extends PyException> javaClass, String pythonName) {
    NAMES.put(javaClass, pythonName);
  }

  /**
   * The Python name of the nearest class of {@code javaClass}'s (itself or a superclass) that is
   * a module's exception class, or {@code null} when there is none.
   */
  public static String pythonName(Class<?> javaClass) {
    for (Class<?> c = javaClass; c != null && c != PyException.class; c = c.getSuperclass()) {
      String name = NAMES.get(c);
      if (name != null) {
        return name;
      }
    }
    return null;
  }
}
