package dev.pyjava.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one fixture test class through the JUnit launcher and records, per test method, how it
 * ended and the {@code pyjava.backend} report entries it published.
 */
final class FixtureRun implements TestExecutionListener {
  /** How one test method ended: SUCCESSFUL, FAILED, ABORTED (skipped); with its message. */
  record Outcome(String test, String status, String message, List<String> backends) {}

  private final List<Outcome> outcomes = new ArrayList<>();
  private final Map<String, List<String>> entries = new java.util.HashMap<>();

  private FixtureRun() {}

  /** The outcomes of the tests in {@code fixture}, with the given configuration parameters. */
  static List<Outcome> of(Class<?> fixture, Map<String, String> parameters) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(fixture))
            .configurationParameters(parameters)
            .build();
    FixtureRun run = new FixtureRun();
    LauncherFactory.create().execute(request, run);
    return run.outcomes;
  }

  /** The one test of {@code fixture}. */
  static Outcome single(Class<?> fixture, Map<String, String> parameters) {
    List<Outcome> all = of(fixture, parameters);
    if (all.size() != 1) {
      throw new AssertionError("expected one test in " + fixture.getSimpleName() + ", got " + all);
    }
    return all.get(0);
  }

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    entry.getKeyValuePairs().forEach((key, value) -> {
      if (key.equals(PythonExtension.REPORT_KEY)) {
        entries.computeIfAbsent(test.getUniqueId(), k -> new ArrayList<>()).add(value);
      }
    });
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (test.isTest()) {
      String message = result.getThrowable().map(Throwable::getMessage).orElse(null);
      outcomes.add(
          new Outcome(test.getDisplayName(), result.getStatus().name(), message, entries.getOrDefault(test.getUniqueId(), List.of())));
    }
  }
}
