package dev.pyjava.maven;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .dist-info} files of a wheel: {@code METADATA} (core metadata 2.1),
 * {@code WHEEL}, and {@code entry_points.txt} naming the Java modules in the {@value #GROUP}
 * group, through which the bridge finds every installed module's jars.
 *
 * @param name the distribution name as the project gives it
 * @param version the PEP 440 version
 * @param summary one line, or empty
 * @param license the licence's name, or empty
 * @param requiresPython the {@code Requires-Python} specifier
 * @param requires the {@code Requires-Dist} lines
 * @param modules the Java modules the wheel holds
 * @param tag the wheel's compatibility tag, {@value #TAG} or a platform's
 */
record DistInfo(
    String name,
    String version,
    String summary,
    String license,
    String requiresPython,
    List<String> requires,
    List<String> modules,
    String tag) {

  /** The entry-point group that lists a wheel's Java modules. */
  static final String GROUP = "pyjava.modules";

  /** The tag of a wheel for any Python 3 on any platform. */
  static final String TAG = "py3-none-any";

  /** The metadata of a pure-Python wheel ({@value #TAG}). */
  DistInfo(String name, String version, String summary, String license, String requiresPython, List<String> requires, List<String> modules) {
    this(name, version, summary, license, requiresPython, requires, modules, TAG);
  }

  /** The folder name, e.g. {@code text_stats-1.0.dist-info}. */
  String folder() {
    return PythonNames.escaped(name) + "-" + version + ".dist-info";
  }

  /** The wheel's file name, e.g. {@code text_stats-1.0-py3-none-any.whl}. */
  String wheelFileName() {
    return PythonNames.escaped(name) + "-" + version + "-" + tag + ".whl";
  }

  /** The three files, under {@link #folder()}. */
  List<WheelFile> files() {
    List<WheelFile> files = new ArrayList<>();
    files.add(file("METADATA", metadata()));
    boolean pure = tag.equals(TAG);
    files.add(file("WHEEL", "Wheel-Version: 1.0\nGenerator: pyjava-maven-plugin\nRoot-Is-Purelib: " + pure + "\nTag: " + tag + "\n"));
    if (!modules.isEmpty()) {
      StringBuilder entryPoints = new StringBuilder("[" + GROUP + "]\n");
      modules.forEach(module -> entryPoints.append(module).append(" = ").append(module).append('\n'));
      files.add(file("entry_points.txt", entryPoints.toString()));
    }
    return files;
  }

  private String metadata() {
    StringBuilder text = new StringBuilder();
    text.append("Metadata-Version: 2.1\n");
    text.append("Name: ").append(name).append('\n');
    text.append("Version: ").append(version).append('\n');
    if (!summary.isBlank()) {
      text.append("Summary: ").append(oneLine(summary)).append('\n');
    }
    if (!license.isBlank()) {
      text.append("License: ").append(oneLine(license)).append('\n');
    }
    text.append("Requires-Python: ").append(requiresPython).append('\n');
    requires.forEach(requirement -> text.append("Requires-Dist: ").append(requirement).append('\n'));
    return text.toString();
  }

  private WheelFile file(String name, String text) {
    return new WheelFile(folder() + "/" + name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
