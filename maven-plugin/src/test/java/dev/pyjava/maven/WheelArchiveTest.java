package dev.pyjava.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WheelArchiveTest {
  private static final LocalDateTime TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
  private static final String INFO = "demo-1.0.dist-info";

  @TempDir Path folder;

  private static List<WheelFile> files() {
    return List.of(
        new WheelFile(INFO + "/METADATA", "Name: demo\n".getBytes(StandardCharsets.UTF_8)),
        new WheelFile("demo/__init__.py", "x = 1\n".getBytes(StandardCharsets.UTF_8)),
        new WheelFile("demo.jars/demo.jar", new byte[] {1, 2, 3}));
  }

  @Test
  void theSameFilesInAnyOrderGiveTheSameBytes() throws IOException {
    List<WheelFile> shuffled = new ArrayList<>(files());
    Collections.reverse(shuffled);
    new WheelArchive(TIME).write(folder.resolve("a.whl"), files(), INFO);
    new WheelArchive(TIME).write(folder.resolve("b.whl"), shuffled, INFO);
    assertArrayEquals(Files.readAllBytes(folder.resolve("a.whl")), Files.readAllBytes(folder.resolve("b.whl")));
  }

  @Test
  void theDistInfoComesLastWithARecordOfEveryOtherFile() throws IOException {
    Path wheel = folder.resolve("demo-1.0-py3-none-any.whl");
    new WheelArchive(TIME).write(wheel, files(), INFO);
    try (ZipFile zip = new ZipFile(wheel.toFile())) {
      List<String> names = zip.stream().map(ZipEntry::getName).toList();
      assertEquals(List.of("demo.jars/demo.jar", "demo/__init__.py", INFO + "/METADATA", INFO + "/RECORD"), names);
      String record = new String(zip.getInputStream(zip.getEntry(INFO + "/RECORD")).readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(
          "demo.jars/demo.jar,sha256=A5BYxvLAy0ksUzsKTRTvd8wPeKvMztUofYShogEc-4E,3\n"
              + "demo/__init__.py,sha256=" + sha256("x = 1\n") + ",6\n"
              + INFO + "/METADATA,sha256=" + sha256("Name: demo\n") + ",11\n"
              + INFO + "/RECORD,,\n",
          record);
      zip.stream().forEach(entry -> assertEquals(TIME, entry.getTimeLocal()));
    }
  }

  @Test
  void twoFilesAtOnePathAreRefused() {
    List<WheelFile> twice = List.of(files().get(1), files().get(1));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new WheelArchive(TIME).write(folder.resolve("c.whl"), twice, INFO));
    assertEquals("[WheelClash] two files want the wheel path demo/__init__.py", error.getMessage());
  }

  private static String sha256(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new AssertionError(impossible);
    }
  }
}
