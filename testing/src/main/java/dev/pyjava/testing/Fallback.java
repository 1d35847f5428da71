package dev.pyjava.testing;

/**
 * What a {@link PythonTest} does where no libpython is found, so CPython cannot start in the test
 * JVM. The system property {@value PythonTest#FALLBACK_PROPERTY} (one of these names) overrides
 * the annotation's choice for the whole run.
 */
public enum Fallback {
  /** Run the test on the pure-Java backend, which has no interpreter ({@code exec}/{@code eval} throw). */
  PUREJAVA,
  /** Skip the test, aborted with the reason CPython could not start. */
  SKIP,
  /** Fail the test with the reason CPython could not start. */
  FAIL
}
