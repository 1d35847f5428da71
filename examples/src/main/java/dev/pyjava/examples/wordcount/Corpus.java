package dev.pyjava.examples.wordcount;

import dev.pyjava.annotations.AllowThreads;
import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyGetter;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A UTF-8 file mapped once for many counts, each by {@code search}'s rule. {@code close()} (or the
 * end of a {@code with} block) releases the mapping; later calls raise {@code ValueError}, as a
 * closed file's do. Threads may count at once, each on all cores; a close while counts run lets
 * them finish, and the mapping goes with the last. A corpus dropped unclosed releases its mapping
 * when the JVM collects it.
 */
@PyClass
public final class Corpus implements AutoCloseable {
  private static final Cleaner CLEANER = Cleaner.create();

  private final Lease lease;
  private final Cleaner.Cleanable cleanable;

  /**
   * Maps (or, when small, reads) the file at {@code path}, which Python's {@code open()} would
   * open; fails as {@code open()} fails.
   */
  @PyConstructor
  public Corpus(String path) throws IOException {
    lease = new Lease(TextFile.open(path, true));
    cleanable = CLEANER.register(this, lease::close);
  }

  /** Counts {@code needle} as {@code search} does, on all cores, with the GIL released. */
  @PyFunction
  @AllowThreads
  public long count(String needle) {
    WordCounter counter = WordCounter.of(needle);
    return lease.read(counter::countParallel);
  }

  /**
   * Counts each of {@code needles} (a list or tuple of str) as {@link #count} does, with the GIL
   * released: a list of the counts in the same order, {@code [count(n) for n in needles]}.
   */
  @PyFunction
  @AllowThreads
  public List<Long> countMany(List<String> needles) {
    List<WordCounter> counters = needles.stream().map(WordCounter::new).toList();
    return lease.read(
        text -> {
          List<Long> counts = new ArrayList<>(counters.size());
          for (WordCounter counter : counters) {
            counts.add(counter.countParallel(text));
          }
          return counts;
        });
  }

  /** Releases the mapping, now or as the last running count ends; closing again does nothing. */
  @PyFunction
  @Override
  public void close() {
    cleanable.clean();
  }

  /** Whether {@code close()} was called. */
  @PyGetter
  public boolean isClosed() {
    return lease.isClosed();
  }

  /**
   * The text and who reads it: the mapping is released once it is closed and no count reads it.
   * It holds no reference to its {@link Corpus}, so the Cleaner can close it.
   */
  private static final class Lease {
    /** Twice the running counts, plus one once closed. */
    private final AtomicInteger state = new AtomicInteger();

    private final TextFile text;

    Lease(TextFile text) {
      this.text = text;
    }

    <T> T read(Function<MemorySegment, T> reader) {
      int now;
      do {
        now = state.get();
        if ((now & 1) != 0) {
          throw new PyValueError("I/O operation on closed corpus");
        }
      } while (!state.compareAndSet(now, now + 2));
      try {
        CountingProbe.entered();
        return text.read(reader);
      } finally {
        if (state.addAndGet(-2) == 1) {
          release();
        }
      }
    }

    boolean isClosed() {
      return (state.get() & 1) != 0;
    }

    void close() {
      if (state.getAndUpdate(s -> s | 1) == 0) {
        release();
      }
    }

    private void release() {
      try {
        text.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
