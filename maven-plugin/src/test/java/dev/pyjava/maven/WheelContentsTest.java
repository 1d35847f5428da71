package dev.pyjava.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WheelContentsTest {
  @TempDir Path folder;

  private Path classesWith(String... modules) throws IOException {
    Path classes = folder.resolve("classes");
    Files.createDirectories(classes.resolve("META-INF/pyjava/modules"));
    Files.createDirectories(classes.resolve("META-INF/pyjava/stubs"));
    for (String module : modules) {
      Files.writeString(classes.resolve("META-INF/pyjava/modules").resolve(module), "");
    }
    return classes;
  }

  private static List<String> paths(WheelContents contents) {
    return contents.files().stream().map(WheelFile::path).toList();
  }

  @Test
  void aTopLevelModuleIsAPackageWithItsShimStubAndPyTyped() throws IOException {
    Path classes = classesWith("word_count");
    Files.writeString(classes.resolve("META-INF/pyjava/stubs/word_count.pyi"), "def search(path: str, search: str) -> int: ...\n");
    assertEquals(List.of("word_count"), WheelContents.modules(classes));
    WheelContents contents = new WheelContents();
    contents.addModule("word_count", "pyjava-examples", classes);
    assertEquals(List.of("word_count/__init__.py", "word_count/__init__.pyi", "word_count/py.typed"), paths(contents));
    String shim = new String(contents.files().get(0).data(), StandardCharsets.UTF_8);
    assertEquals(WheelContents.shim("word_count", "pyjava-examples"), shim);
    assertEquals(true, shim.endsWith("pyjava._installed.load(__name__, \"pyjava-examples\")\n"), shim);
  }

  @Test
  void aDottedModuleSitsInThePackageItsPythonSourcesGive() throws IOException {
    Path sources = folder.resolve("python");
    Files.createDirectories(sources.resolve("textstats/__pycache__"));
    Files.writeString(sources.resolve("textstats/__init__.py"), "from ._native import *\n");
    Files.writeString(sources.resolve("textstats/__pycache__/__init__.cpython-311.pyc"), "junk");
    WheelContents contents = new WheelContents();
    contents.addPythonSources(sources, List.of());
    contents.addModule("textstats._native", "text-stats", classesWith("textstats._native"));
    assertEquals(List.of("textstats/__init__.py", "textstats/_native.py", "textstats/py.typed"), paths(contents));
  }

  @Test
  void aDottedModuleWithoutItsPackageIsRefused() throws IOException {
    Path classes = classesWith("textstats._native");
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new WheelContents().addModule("textstats._native", "text-stats", classes));
    assertEquals(
        "[WheelPackage] the Java module textstats._native lives in the package textstats, but pythonSources has no"
            + " textstats/__init__.py: add it",
        error.getMessage());
  }

  @Test
  void aPythonSourceInTheShimsPlaceIsRefused() throws IOException {
    Path sources = folder.resolve("python");
    Files.createDirectories(sources.resolve("word_count"));
    Files.writeString(sources.resolve("word_count/__init__.py"), "");
    WheelContents contents = new WheelContents();
    contents.addPythonSources(sources, List.of());
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> contents.addModule("word_count", "demo", classesWith("word_count")));
    assertEquals("[WheelClash] two files want the wheel path word_count/__init__.py: rename one", error.getMessage());
  }

  @Test
  void aMissingIncludeIsRefused() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new WheelContents().addPythonSources(folder, List.of("pyjava")));
    assertEquals(
        "[WheelSources] " + folder.resolve("pyjava") + " does not exist: fix pythonSources or pythonIncludes", error.getMessage());
  }
}
