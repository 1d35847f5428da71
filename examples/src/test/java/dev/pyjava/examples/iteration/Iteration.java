package dev.pyjava.examples.iteration;

import dev.pyjava.annotations.AllowThreads;
import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyGetter;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.runtime.PyObject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Lazy iteration both ways, for {@code test_iteration.py}: results typed {@code Iterator<T>},
 * {@code Iterable<T>} and {@code Stream<T>} become Python iterators; parameters of those types take
 * any Python iterable, read as Java asks.
 */
@PyModule(name = "pyjava_iteration")
public final class Iteration {
  private Iteration() {}

  /** Streams of {@link #counted} closed so far. */
  private static final AtomicLong CLOSED = new AtomicLong();

  /** Items the Java side of {@link #naturals} has made so far. */
  private static final AtomicLong MADE = new AtomicLong();

  /** An iterator kept by {@link #keep} for {@link #drainKept}. */
  private static volatile Iterator<String> kept;

  /** 0, 1, 2, ... without end, counting each item it makes ({@link #made}). */
  @PyFunction
  public static Stream<Long> naturals() {
    return Stream.iterate(0L, n -> n + 1).peek(n -> MADE.incrementAndGet());
  }

  /** How many items {@link #naturals} has made, over all its streams. */
  @PyFunction
  public static long made() {
    return MADE.get();
  }

  /** 0 to {@code n - 1}, a stream whose {@code close()} counts itself ({@link #closed}). */
  @PyFunction
  public static Stream<Integer> counted(int n) {
    return IntStream.range(0, n).boxed().onClose(CLOSED::incrementAndGet);
  }

  /** How many streams of {@link #counted} were closed. */
  @PyFunction
  public static long closed() {
    return CLOSED.get();
  }

  /** A stream of {@code n} items whose {@code close()} throws {@code IllegalStateException}. */
  @PyFunction
  public static Stream<Integer> badClose(int n) {
    return IntStream.range(0, n)
        .boxed()
        .onClose(
            () -> {
              throw new IllegalStateException("close failed");
            });
  }

  /** 0, 1, ...: an iterator whose {@code next()} throws {@code ValueError} at item {@code n}. */
  @PyFunction
  public static Iterator<Integer> failingAt(int n) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (next == n) {
          next++;
          throw new IllegalArgumentException("item " + n + " failed");
        }
        return next++;
      }
    };
  }

  /** The characters of {@code text}, as an {@code Iterable} that is no collection. */
  @PyFunction
  public static Iterable<String> letters(String text) {
    return () -> text.codePoints().mapToObj(Character::toString).iterator();
  }

  /** {@code words}, each as an {@code Optional}: empty ones become None. */
  @PyFunction
  public static Iterator<Optional<String>> maybe(List<String> words) {
    return words.stream()
        .map(w -> w.isEmpty() ? Optional.<String>empty() : Optional.of(w))
        .iterator();
  }

  /** The tags of {@code names}: an iterator of a {@code @PyClass}. */
  @PyFunction
  public static Iterator<Tag> tags(List<String> names) {
    return names.stream().map(Tag::new).iterator();
  }

  /** A name, for iterators of a {@code @PyClass}. */
  @PyClass
  public static final class Tag {
    private final String name;

    Tag(String name) {
      this.name = name;
    }

    /** The name. */
    @PyGetter
    public String name() {
      return name;
    }
  }

  /** The sum of {@code values}, read one by one. */
  @PyFunction
  public static long sum(Iterator<Long> values) {
    long total = 0;
    while (values.hasNext()) {
      total += values.next();
    }
    return total;
  }

  /** The first {@code n} of {@code values} (fewer if it ends first): reads no further. */
  @PyFunction
  public static List<Long> take(Iterator<Long> values, int n) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < n && values.hasNext(); i++) {
      out.add(values.next());
    }
    return out;
  }

  /**
   * {@code words} joined by {@code separator}, read as an {@code Iterable} with the GIL released.
   */
  @PyFunction
  @AllowThreads
  public static String join(Iterable<String> words, String separator) {
    return String.join(separator, words);
  }

  /** Reads {@code words} twice: the second pass fails, a Python iterable gives one. */
  @PyFunction
  public static long readTwice(Iterable<String> words) {
    long count = 0;
    for (String ignored : words) {
      count++;
    }
    for (String ignored : words) {
      count++;
    }
    return count;
  }

  /** The sum of the squares of {@code values}, on a parallel stream's workers, GIL released. */
  @PyFunction
  @AllowThreads
  public static long parallelSumOfSquares(Stream<Long> values) {
    try (values) {
      return values.parallel().mapToLong(v -> v * v).sum();
    }
  }

  /** The first of {@code values}, then closes the stream (letting go of the Python iterator). */
  @PyFunction
  public static Optional<Long> firstThenClose(Stream<Long> values) {
    try (values) {
      return values.findFirst();
    }
  }

  /**
   * The sizes of {@code values}, read on {@code threads} Java threads of their own that share the
   * one iterator, while the calling thread waits with the GIL released.
   */
  @PyFunction
  @AllowThreads
  public static long countOnThreads(Iterator<String> values, int threads)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        counts.add(
            pool.submit(
                () -> {
                  long count = 0;
                  while (true) {
                    try {
                      count += values.next().length();
                    } catch (NoSuchElementException end) {
                      return count;
                    }
                  }
                }));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }

  /** The objects of {@code values}, as they are: their identity is kept. */
  @PyFunction
  public static List<PyObject> objects(Iterator<PyObject> values) {
    List<PyObject> out = new ArrayList<>();
    values.forEachRemaining(out::add);
    return out;
  }

  /** Keeps {@code words} unread, for {@link #drainKept} after this call returns. */
  @PyFunction
  public static void keep(Iterator<String> words) {
    kept = words;
  }

  /** Reads what {@link #keep} kept, on a new Java thread, and forgets it. */
  @PyFunction
  @AllowThreads
  public static List<String> drainKept() throws InterruptedException {
    Iterator<String> words = kept;
    kept = null;
    List<String> out = new ArrayList<>();
    Thread reader = new Thread(() -> words.forEachRemaining(out::add), "pyjava-test-reader");
    reader.start();
    reader.join();
    return out;
  }

  /** The items of {@code values}, passed straight back: a Python iterator over a lazy one. */
  @PyFunction
  public static Iterator<Long> echo(Iterator<Long> values) {
    return values;
  }
}
