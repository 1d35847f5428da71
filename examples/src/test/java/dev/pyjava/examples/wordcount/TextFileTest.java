package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.exceptions.PyFileNotFoundError;
import dev.pyjava.runtime.exceptions.PyOSError;
import dev.pyjava.runtime.exceptions.PyUnicodeDecodeError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapped file counts exactly as the same bytes in memory. */
class TextFileTest {
  @TempDir Path dir;

  private String write(byte[] bytes) throws Exception {
    Path file = Files.createTempFile(dir, "text", ".txt");
    Files.write(file, bytes);
    return file.toString();
  }

  @Test
  void mappedFileCountsLikeItsBytes() throws Exception {
    byte[] bytes =
        "Is, (is) island this is.\r\nİs été ٣is\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
    String path = write(bytes);
    for (String needle : new String[] {"is", "", "été"}) {
      WordCounter counter = new WordCounter(needle);
      long inMemory = counter.countSequential(bytes);
      assertEquals(inMemory, TextFile.count(path, false, counter::countSequential), needle);
      assertEquals(inMemory, TextFile.count(path, true, counter::countParallel), needle);
    }
  }

  @Test
  void smallFileCountsLikeItsBytes() throws Exception {
    byte[] bytes = "Is, (is) island this is.\r\nİs été ٣is\n".getBytes(StandardCharsets.UTF_8);
    String path = write(bytes);
    WordCounter counter = new WordCounter("is");
    assertEquals(5, TextFile.count(path, false, counter::countSequential));
    assertEquals(5, TextFile.count(path, true, counter::countParallel));
  }

  @Test
  void emptyFileCountsNothing() throws Exception {
    String path = write(new byte[0]);
    assertEquals(0, TextFile.count(path, true, new WordCounter("is")::countParallel));
    assertEquals(0, TextFile.count(path, false, new WordCounter("")::countSequential));
  }

  @Test
  void invalidUtf8InAMappedFileReportsTheWholeFile() throws Exception {
    byte[] bytes = "is a line\n".repeat(30_000).getBytes(StandardCharsets.UTF_8);
    bytes[200_001] = (byte) 0xC3;
    String path = write(bytes);
    PyUnicodeDecodeError error =
        assertThrows(
            PyUnicodeDecodeError.class,
            () -> TextFile.count(path, true, new WordCounter("is")::countParallel));
    assertEquals(200_001, error.pythonArgs().get(2));
    assertEquals(bytes.length, ((byte[]) error.pythonArgs().get(1)).length);
  }

  @Test
  void missingFileIsFileNotFoundError() {
    String path = dir.resolve("missing.txt").toString();
    PyFileNotFoundError error =
        assertThrows(
            PyFileNotFoundError.class,
            () -> TextFile.count(path, false, new WordCounter("is")::countSequential));
    assertEquals(List.of(2, "No such file or directory", path), error.pythonArgs());
  }

  @Test
  void fileTruncatedWhileMappedIsOSError() throws Exception {
    byte[] bytes = "is a line\n".repeat(30_000).getBytes(StandardCharsets.UTF_8);
    String path = write(bytes);
    WordCounter counter = new WordCounter("is");
    for (boolean shared : new boolean[] {false, true}) {
      Files.write(Path.of(path), bytes);
      PyOSError error =
          assertThrows(
              PyOSError.class,
              () ->
                  TextFile.count(
                      path,
                      shared,
                      text -> {
                        truncate(path);
                        return shared ? counter.countParallel(text) : counter.countSequential(text);
                      }));
      assertEquals("OSError", error.pythonType());
      assertInstanceOf(InternalError.class, error.getCause());
      assertEquals(
          "file '" + path + "' was truncated while it was read: " + bytes.length
              + " bytes were mapped, 0 are left",
          error.message());
    }
  }

  private static void truncate(String path) {
    try (FileChannel channel = FileChannel.open(Path.of(path), StandardOpenOption.WRITE)) {
      channel.truncate(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
