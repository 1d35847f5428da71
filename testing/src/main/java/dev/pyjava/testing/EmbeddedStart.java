package dev.pyjava.testing;

import dev.pyjava.runtime.cpython.EmbeddedPython;
import dev.pyjava.runtime.cpython.ffi.loader.LibPython;

/**
 * Starts CPython in this JVM once, on first use, and remembers how it went: which libpython runs,
 * or why none could start.
 */
final class EmbeddedStart {
  private EmbeddedStart() {}

  private static final class Outcome {
    static final String FAILURE = start();
  }

  private static String start() {
    try {
      EmbeddedPython.start();
      return null;
    } catch (IllegalStateException | UnsatisfiedLinkError e) {
      return e.getMessage();
    }
  }

  /** Why CPython could not start, or {@code null} when it runs. Starts it on the first call. */
  static String failure() {
    return Outcome.FAILURE;
  }

  /** Where the running libpython came from; CPython must have started. */
  static String origin() {
    return LibPython.binding().origin();
  }
}
