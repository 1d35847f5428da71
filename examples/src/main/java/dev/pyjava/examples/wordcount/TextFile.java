package dev.pyjava.examples.wordcount;

import dev.pyjava.runtime.Interruption;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
    return count.applyAsLong(MemorySegment.ofArray(read(file)));
  }

  /**
   * The bytes of {@code file}. Opening a FIFO blocks until a writer opens it, and no Java
   * interrupt ends that wait (nor one on a hung mount); so a file that is not a regular one is
   * opened and read on a thread of its own, and this one waits for it, which Ctrl-C can interrupt.
   * An abandoned reader is interrupted too: a blocking read then ends at once, while a blocking
   * open keeps its daemon thread until the open returns.
   */
  private static byte[] read(Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      return Files.readAllBytes(file);
    }
    FutureTask<byte[]> reading = new FutureTask<>(() -> Files.readAllBytes(file));
    Thread.ofPlatform().daemon().name("word_count-reader").start(reading);
    try {
      return reading.get();
    } catch (InterruptedException e) {
      reading.cancel(true);
      Thread.currentThread().interrupt();
      Interruption.check();
      throw new InterruptedIOException("interrupted while reading " + file);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw (Error) cause;
    }
  }
}
