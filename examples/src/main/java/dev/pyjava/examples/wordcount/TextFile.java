package dev.pyjava.examples.wordcount;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToLongFunction;

/**
 * A file's bytes as a {@link MemorySegment} for the length of one count: mapped when it is a
 * regular file with a size (no copy, no heap), read into memory otherwise (empty files, pipes,
 * files such as {@code /proc}'s that report no size).
 */
final class TextFile {
  private TextFile() {}

  /**
   * Applies {@code count} to the bytes of the file at {@code path}, which it may read from any
   * thread until it returns.
   */
  static long count(String path, ToLongFunction<MemorySegment> count) throws IOException {
    Path file = Path.of(path);
    if (Files.isRegularFile(file)) {
      try (FileChannel channel = FileChannel.open(file);
          Arena arena = Arena.ofShared()) {
        long size = channel.size();
        if (size > 0) {
          return count.applyAsLong(channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena));
        }
      }
    }
    return count.applyAsLong(MemorySegment.ofArray(Files.readAllBytes(file)));
  }
}
