package dev.pyjava.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.Python;
import dev.pyjava.testing.FixtureRun.Outcome;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where libpython cannot be found, @PythonTest applies its fallback. Runs in the build's own JVM
 * whose {@code pyjava.libpython} names a file that does not exist.
 */
@Tag("no-libpython")
class FallbackTest {
  /** Runs on the pure-Java backend, which has a token but no interpreter. */
  @PythonTest
  static class PureJava {
    @Test
    void runs(Python py) {
      assertEquals("purejava", py.backendName());
      assertEquals("3", py.integer(3).repr());
      assertThrows(UnsupportedOperationException.class, () -> py.exec("pass"));
    }
  }

  @PythonTest(fallback = Fallback.SKIP)
  static class Skipped {
    @Test
    void neverRuns() {
      throw new AssertionError("a skipped test ran");
    }
  }

  @PythonTest(fallback = Fallback.FAIL)
  static class Failed {
    @Test
    void neverRuns() {}
  }

  @Test
  void pureJavaFallbackRunsTheTestAndSaysWhy() {
    Outcome outcome = FixtureRun.single(PureJava.class, Map.of());
    assertEquals("SUCCESSFUL", outcome.status(), () -> String.valueOf(outcome.message()));
    assertEquals(1, outcome.backends().size(), outcome.backends()::toString);
    String entry = outcome.backends().get(0);
    assertTrue(entry.startsWith("purejava: fallback PUREJAVA, no CPython in the test JVM ("), entry);
    assertTrue(entry.contains("no-such-libpython.so"), entry);
  }

  @Test
  void skipFallbackAbortsNamingWhy() {
    Outcome outcome = FixtureRun.single(Skipped.class, Map.of());
    assertEquals("ABORTED", outcome.status());
    assertTrue(outcome.message().startsWith("@PythonTest(fallback = SKIP): no CPython in the test JVM ("), outcome.message());
    assertTrue(outcome.message().contains("no-such-libpython.so"), outcome.message());
  }

  @Test
  void failFallbackFailsNamingWhy() {
    Outcome outcome = FixtureRun.single(Failed.class, Map.of());
    assertEquals("FAILED", outcome.status());
    assertTrue(outcome.message().startsWith("@PythonTest(fallback = FAIL): no CPython in the test JVM ("), outcome.message());
  }

  @Test
  void propertyOverridesTheAnnotation() {
    assertEquals("ABORTED", FixtureRun.single(PureJava.class, Map.of(PythonTest.FALLBACK_PROPERTY, "skip")).status());
    assertEquals("FAILED", FixtureRun.single(Skipped.class, Map.of(PythonTest.FALLBACK_PROPERTY, "FAIL")).status());
  }

  @Test
  void badPropertyValueFailsClearly() {
    Outcome outcome = FixtureRun.single(PureJava.class, Map.of(PythonTest.FALLBACK_PROPERTY, "maybe"));
    assertEquals("FAILED", outcome.status());
    assertEquals("pyjava.testing.fallback is 'maybe'; use PUREJAVA, SKIP or FAIL", outcome.message());
  }
}
