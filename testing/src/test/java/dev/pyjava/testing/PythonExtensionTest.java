package dev.pyjava.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.testing.FixtureRun.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where libpython is found, @PythonTest runs the test in real CPython with the lock held. */
class PythonExtensionTest {
  /** Checks, from inside, that it runs on CPython and may use its token at once. */
  @PythonTest(fallback = Fallback.FAIL)
  static class OnCPython {
    @Test
    void runs(Python py) {
      assertEquals("cpython", py.backendName());
      py.exec("fixture_answer = 6 * 7");
      PyObject answer = py.eval("fixture_answer");
      assertEquals("42", answer.repr());
      assertEquals("__main__", py.eval("__name__").str());
    }
  }

  /** Fails on purpose: an assert in Python fails the Java test. */
  @PythonTest
  static class FailingPythonAssert {
    @Test
    void fails(Python py) {
      py.exec("assert 1 + 1 == 3, 'arithmetic is broken'");
    }
  }

  /** Holds no Python parameter: the lock is held all the same. */
  static class OnMethod {
    @PythonTest
    @Test
    void runs() {
      assertEquals("cpython", Python.withGil(py -> py.eval("'cp' + 'ython'").str()));
    }
  }

  @Test
  void runsTheTestInCPythonAndReportsIt() {
    Outcome outcome = FixtureRun.single(OnCPython.class, Map.of());
    assertEquals("SUCCESSFUL", outcome.status(), () -> String.valueOf(outcome.message()));
    assertEquals(List.of("cpython: libpython found, embedded in the test JVM"), outcome.backends());
  }

  @Test
  void aPythonAssertionFailsTheTest() {
    Outcome outcome = FixtureRun.single(FailingPythonAssert.class, Map.of());
    assertEquals("FAILED", outcome.status());
    assertEquals("arithmetic is broken", outcome.message());
  }

  @Test
  void fallbackPropertyDoesNotMatterWhereCPythonRuns() {
    Outcome outcome = FixtureRun.single(OnCPython.class, Map.of(PythonTest.FALLBACK_PROPERTY, "SKIP"));
    assertEquals("SUCCESSFUL", outcome.status(), () -> String.valueOf(outcome.message()));
  }

  @Test
  void annotationOnTheMethodWorksToo() {
    List<Outcome> outcomes = FixtureRun.of(OnMethod.class, Map.of());
    assertEquals(1, outcomes.size());
    assertEquals("SUCCESSFUL", outcomes.get(0).status(), () -> String.valueOf(outcomes.get(0).message()));
    assertNull(outcomes.get(0).message());
  }
}
