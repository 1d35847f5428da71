package dev.pyjava.maven;

import java.util.Locale;
import java.util.regex.Pattern;

/** The Python packaging rules for names and versions that a wheel must follow. */
final class PythonNames {
  private static final Pattern DISTRIBUTION =
      Pattern.compile("^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", Pattern.CASE_INSENSITIVE);
  private static final Pattern RUNS = Pattern.compile("[-_.]+");
  // PEP 440's public versions, in their canonical spelling.
  private static final Pattern VERSION =
      Pattern.compile("^(\\d+!)?\\d+(\\.\\d+)*((a|b|rc)\\d+)?(\\.post\\d+)?(\\.dev\\d+)?$");
  private static final Pattern MODULE = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$");
  private static final String SNAPSHOT = "-SNAPSHOT";

  private PythonNames() {}

  /** The name as wheel file names and {@code .dist-info} folders spell it (PEP 427, 491). */
  static String escaped(String distribution) {
    requireDistribution(distribution);
    return RUNS.matcher(distribution).replaceAll("_").toLowerCase(Locale.ROOT);
  }

  /**
   * The PEP 440 version of a Maven version: {@code 1.2.0-SNAPSHOT} is the development release
   * {@code 1.2.0.dev0}; any other version must already be a PEP 440 one.
   */
  static String version(String mavenVersion) {
    String version =
        mavenVersion.endsWith(SNAPSHOT)
            ? mavenVersion.substring(0, mavenVersion.length() - SNAPSHOT.length()) + ".dev0"
            : mavenVersion;
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException(
          "[WheelVersion] the version '"
              + mavenVersion
              + "' is not a Python (PEP 440) version: use digits and dots, e.g. 1.2.0, 1.2.0rc1 or"
              + " 1.2.0-SNAPSHOT");
    }
    return version;
  }

  /** True for a dotted Python module name such as {@code textstats._native}. */
  static boolean isModuleName(String name) {
    return MODULE.matcher(name).matches();
  }

  private static void requireDistribution(String distribution) {
    if (!DISTRIBUTION.matcher(distribution).matches()) {
      throw new IllegalArgumentException(
          "[WheelName] '"
              + distribution
              + "' is not a Python distribution name: use letters, digits and -_. inside, e.g."
              + " text-stats");
    }
  }
}
