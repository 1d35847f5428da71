package dev.pyjava.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixModesTest {
  @TempDir Path folder;

  @Test
  void programsAreExecutableAndEverythingElseIsNot() throws IOException {
    Path wheel = folder.resolve("jre-1.0-py3-none-any.whl");
    List<WheelFile> files =
        List.of(
            new WheelFile("jre/java/bin/java", "#!".getBytes(StandardCharsets.UTF_8), true),
            new WheelFile("jre/__init__.py", new byte[0]));
    new WheelArchive(LocalDateTime.of(1980, 1, 1, 0, 0)).write(wheel, files, "jre-1.0.dist-info");
    try (FileSystem zip =
        FileSystems.newFileSystem(URI.create("jar:" + wheel.toUri()), Map.of("enablePosixFileAttributes", true))) {
      assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip.getPath("jre/java/bin/java"))));
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip.getPath("jre/__init__.py"))));
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip.getPath("jre-1.0.dist-info/RECORD"))));
    }
  }
}
