package dev.pyjava.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistInfoTest {
  @Test
  void metadataWheelAndEntryPointsOfAModuleWheel() {
    DistInfo info =
        new DistInfo("Text-Stats", "1.0", "Similarity\n  for Python.", "Apache-2.0", ">=3.11", List.of("pyjava-bridge==0.1.0"), List.of("textstats"));
    assertEquals("text_stats-1.0.dist-info", info.folder());
    assertEquals("text_stats-1.0-py3-none-any.whl", info.wheelFileName());
    List<WheelFile> files = info.files();
    assertEquals(
        List.of("text_stats-1.0.dist-info/METADATA", "text_stats-1.0.dist-info/WHEEL", "text_stats-1.0.dist-info/entry_points.txt"),
        files.stream().map(WheelFile::path).toList());
    assertEquals(
        "Metadata-Version: 2.1\nName: Text-Stats\nVersion: 1.0\nSummary: Similarity for Python.\nLicense: Apache-2.0\n"
            + "Requires-Python: >=3.11\nRequires-Dist: pyjava-bridge==0.1.0\n",
        text(files.get(0)));
    assertEquals("Wheel-Version: 1.0\nGenerator: pyjava-maven-plugin\nRoot-Is-Purelib: true\nTag: py3-none-any\n", text(files.get(1)));
    assertEquals("[pyjava.modules]\ntextstats = textstats\n", text(files.get(2)));
  }

  @Test
  void theBridgeHasNoEntryPointsAndNoRequirements() {
    DistInfo info = new DistInfo("pyjava-bridge", "0.1.0.dev0", "", "", ">=3.11", List.of(), List.of());
    List<WheelFile> files = info.files();
    assertEquals(2, files.size());
    assertEquals("Metadata-Version: 2.1\nName: pyjava-bridge\nVersion: 0.1.0.dev0\nRequires-Python: >=3.11\n", text(files.get(0)));
  }

  private static String text(WheelFile file) {
    return new String(file.data(), StandardCharsets.UTF_8);
  }
}
