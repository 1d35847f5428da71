package dev.pyjava.testing;

import dev.pyjava.runtime.cpython.EmbeddedPython;

/** Starts CPython in this JVM once, on first use, and remembers why it could not, if it could not. */
final class EmbeddedStart {
  private EmbeddedStart() {}

  private static final class Outcome {
    static final String FAILURE = start();
  }

  private static String start() {
    try {
      EmbeddedPython.start();
      return null;
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  /** Why CPython could not start, or {@code null} when it runs. Starts it on the first call. */
  static String failure() {
    return Outcome.FAILURE;
  }
}
