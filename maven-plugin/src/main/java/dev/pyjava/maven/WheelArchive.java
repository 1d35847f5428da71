package dev.pyjava.maven;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a wheel reproducibly: files in path order with the {@code .dist-info} folder last and
 * its {@code RECORD} (every other file's SHA-256 and size) at the very end, each entry stamped
 * with one fixed time, so that the same files give the same bytes.
 */
final class WheelArchive {
  private final LocalDateTime timestamp;

  /** An archive writer that stamps every entry with {@code timestamp} (1980 or later). */
  WheelArchive(LocalDateTime timestamp) {
    this.timestamp = timestamp;
  }

  /** Writes {@code files} and the {@code RECORD} of {@code distInfo} (a folder name) to {@code wheel}. */
  void write(Path wheel, List<WheelFile> files, String distInfo) throws IOException {
    List<WheelFile> ordered = new ArrayList<>(files);
    String infoPrefix = distInfo + "/";
    ordered.sort(
        Comparator.comparing((WheelFile file) -> file.path().startsWith(infoPrefix))
            .thenComparing(WheelFile::path));
    Set<String> seen = new HashSet<>();
    StringBuilder record = new StringBuilder();
    for (WheelFile file : ordered) {
      if (!seen.add(file.path())) {
        throw new IllegalArgumentException("[WheelClash] two files want the wheel path " + file.path());
      }
      record.append(recordLine(file));
    }
    String recordPath = infoPrefix + "RECORD";
    record.append(recordPath).append(",,\n");
    ordered.add(new WheelFile(recordPath, record.toString().getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (WheelFile file : ordered) {
        ZipEntry entry = new ZipEntry(file.path());
        entry.setTimeLocal(timestamp);
        zip.putNextEntry(entry);
        zip.write(file.data());
        zip.closeEntry();
      }
    }
    byte[] archive = bytes.toByteArray();
    UnixModes.set(archive, ordered.stream().map(WheelFile::executable).toList());
    Files.createDirectories(wheel.toAbsolutePath().getParent());
    Path partial = wheel.resolveSibling(wheel.getFileName() + ".part");
    Files.write(partial, archive);
    Files.move(partial, wheel, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String recordLine(WheelFile file) {
    String digest = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(file.data()));
    String path = file.path().contains(",") ? '"' + file.path() + '"' : file.path();
    return path + ",sha256=" + digest + "," + file.data().length + "\n";
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
