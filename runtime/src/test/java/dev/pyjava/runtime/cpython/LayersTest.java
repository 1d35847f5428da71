package dev.pyjava.runtime.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layer rule of the CPython backend (see {@code ARCHITECTURE.md}): each package of {@code
 * dev.pyjava.runtime.cpython} uses only the packages below it, by import or by fully qualified
 * name. Read from the source tree, comments and string literals left out.
 */
class LayersTest {
  private static final String BASE = "dev.pyjava.runtime.cpython";

  /** The packages under {@link #BASE}, top first: each may use only those after it. */
  static final List<String> LAYERS =
      List.of(
          "",
          "modules",
          "process",
          "calls",
          "objects",
          "gil",
          "ffi.capi",
          "ffi.layout",
          "ffi.loader",
          "ffi.libc",
          "ffi");

  private static final Path SOURCES = Path.of("src/main/java/dev/pyjava/runtime/cpython");

  /** A use of a class of the backend, as written in the source: the package is what counts. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.pyjava\\.runtime\\.cpython((?:\\.[a-z_][a-z0-9_]*)*)\\.[A-Z]\\w*");

  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile(
          "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])+'",
          Pattern.DOTALL);

  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  @Test
  void noPackageUsesOneAboveIt() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(
        files.size() > 40, "the backend's sources were not found under " + SOURCES.toAbsolutePath());
    List<String> violations = new ArrayList<>();
    for (Path file : files) {
      violations.addAll(violations(SOURCES.relativize(file).toString(), read(file)));
    }
    assertEquals(List.of(), violations, "uses of a higher layer (the rule is in ARCHITECTURE.md)");
  }

  @Test
  void anUpwardImportIsReportedWithItsFile() {
    String source =
        """
        package dev.pyjava.runtime.cpython.gil;

        import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
        import dev.pyjava.runtime.cpython.objects.CPyObject;

        /** Mentions {@link dev.pyjava.runtime.cpython.calls.ReleasedCalls} in a comment only. */
        final class Example {
          String text = "dev.pyjava.runtime.cpython.Launcher";
          Object launcher = dev.pyjava.runtime.cpython.Launcher.class;
        }
        """;
    assertEquals(
        List.of(
            "gil/Example.java (gil) uses dev.pyjava.runtime.cpython.objects.CPyObject (objects)",
            "gil/Example.java (gil) uses dev.pyjava.runtime.cpython.Launcher (entry points)"),
        violations("gil/Example.java", source));
  }

  @Test
  void aPackageMissingFromTheLayersIsReported() {
    String source = "package dev.pyjava.runtime.cpython.extras;\nfinal class Extra {}\n";
    assertEquals(
        List.of("extras/Extra.java is in dev.pyjava.runtime.cpython.extras, which is not in LAYERS"),
        violations("extras/Extra.java", source));
  }

  @Test
  void theLayersAreTheFoldersOfTheBackend() throws IOException {
    List<String> folders;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      folders =
          walk.filter(Files::isDirectory)
              .map(p -> SOURCES.relativize(p).toString().replace('/', '.'))
              .sorted()
              .toList();
    }
    assertEquals(LAYERS.stream().sorted().toList(), folders);
  }

  /** What in {@code source} (the file {@code name}) breaks the layer rule, one line each. */
  static List<String> violations(String name, String source) {
    String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
    Matcher declared = PACKAGE.matcher(code);
    if (!declared.find() || !(declared.group(1) + ".").startsWith(BASE + ".")) {
      return List.of(name + " declares no package under " + BASE);
    }
    String own =
        declared.group(1).equals(BASE) ? "" : declared.group(1).substring(BASE.length() + 1);
    int ownLayer = LAYERS.indexOf(own);
    if (ownLayer < 0) {
      return List.of(name + " is in " + declared.group(1) + ", which is not in LAYERS");
    }
    List<String> violations = new ArrayList<>();
    Matcher reference = REFERENCE.matcher(code.substring(declared.end()));
    while (reference.find()) {
      String used = reference.group(1).isEmpty() ? "" : reference.group(1).substring(1);
      int usedLayer = LAYERS.indexOf(used);
      if (usedLayer < 0 || usedLayer < ownLayer) {
        violations.add(
            name + " (" + label(own) + ") uses " + reference.group() + " (" + label(used) + ")");
      }
    }
    return violations;
  }

  private static String label(String layer) {
    return layer.isEmpty() ? "entry points" : layer;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
