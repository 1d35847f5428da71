package dev.pyjava.examples.wordcount;

import dev.pyjava.runtime.PythonRepr;
import dev.pyjava.runtime.exceptions.PyOSError;
import dev.pyjava.runtime.files.PythonFiles;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.function.ToLongFunction;

/**
 * A file's bytes as a {@link MemorySegment} for the length of one count: mapped when it has some
 * size (no copy, no heap), read into memory otherwise (small or empty files, pipes, files such as
 * {@code /proc}'s that report no size). The file is the one Python's {@code open()} opens for the
 * same name, and a name it cannot open raises the same error.
 */
final class TextFile {
  /** Below this many bytes reading is cheaper than mapping and unmapping. */
  private static final long MIN_MAPPED_SIZE = 1 << 16;

  private TextFile() {}

  /**
   * Applies {@code count} to the bytes of the file at {@code path}, which it may read until it
   * returns: from the calling thread only, unless {@code shared}.
   *
   * @throws PyOSError if the file cannot be opened (as Python's {@code open()} fails), or was
   *     truncated while it was mapped
   */
  static long count(String path, boolean shared, ToLongFunction<MemorySegment> count)
      throws IOException {
    CountingProbe.entered();
    try (FileChannel channel = PythonFiles.openForReading(path)) {
      long size = channel.size();
      if (size < MIN_MAPPED_SIZE) {
        byte[] bytes = Channels.newInputStream(channel).readAllBytes();
        CountingProbe.hasBytes();
        return count.applyAsLong(MemorySegment.ofArray(bytes));
      }
      try (Arena arena = shared ? Arena.ofShared() : Arena.ofConfined()) {
        MemorySegment text = channel.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
        CountingProbe.hasBytes();
        try {
          return count.applyAsLong(text);
        } catch (InternalError fault) {
          // The JVM's report of a mapped page that is gone (SIGBUS): the file got shorter.
          long now = channel.size();
          if (now >= size) {
            throw fault;
          }
          throw truncated(path, size, now, fault);
        }
      }
    }
  }

  private static PyOSError truncated(String path, long mapped, long now, InternalError fault) {
    return new PyOSError(
        "file "
            + PythonRepr.str(path)
            + " was truncated while it was read: "
            + mapped
            + " bytes were mapped, "
            + now
            + " are left",
        fault);
  }
}
