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
 * regular file of some size (no copy, no heap), read into memory otherwise (small or empty files,
 * pipes, files such as {@code /proc}'s that report no size).
 */
final class TextFile {
  /** Below this many bytes reading is cheaper than mapping and unmapping. */
  private static final long MIN_MAPPED_SIZE = 1 << 16;

  private TextFile() {}

  /**
   * Applies {@code count} to the bytes of the file at {@code path}, which it may read until it
   * returns: from the calling thread only, unless {@code shared}.
   */
  static long count(String path, boolean shared, ToLongFunction<MemorySegment> count)
      throws IOException {
    Path file = Path.of(path);
    if (Files.isRegularFile(file)) {
      try (FileChannel channel = FileChannel.open(file)) {
        long size = channel.size();
        if (size >= MIN_MAPPED_SIZE) {
          try (Arena arena = shared ? Arena.ofShared() : Arena.ofConfined()) {
            return count.applyAsLong(channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena));
          }
        }
      }
    }
    return count.applyAsLong(MemorySegment.ofArray(Files.readAllBytes(file)));
  }
}
