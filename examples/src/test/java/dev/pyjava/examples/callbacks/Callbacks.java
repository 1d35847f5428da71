package dev.pyjava.examples.callbacks;

import dev.pyjava.annotations.AllowThreads;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.runtime.PyCallable;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;

/**
 * Python callables as Java functional interfaces, for {@code test_callbacks.py} and the pure-Java
 * tests: each interface called the way Java code calls it, with the lock held, from a released
 * body, from other Java threads, and after the call that received it returned.
 */
@PyModule(name = "pyjava_callbacks")
public final class Callbacks {
  /** The callback {@link #store} kept, or null. */
  private static volatile Function<String, String> stored;

  private Callbacks() {}

  /** {@code f(text)}. */
  @PyFunction
  public static Double apply(Function<String, Double> f, String text) {
    return f.apply(text);
  }

  /** {@code [f(x) for x in values]}. */
  @PyFunction
  public static List<Long> map(Function<Long, Long> f, List<Long> values) {
    return values.stream().map(f).toList();
  }

  /** Calls {@code f(i)} for {@code i} below {@code times}; the total size of the lists. */
  @PyFunction
  public static long callMany(Function<Long, List<Long>> f, int times) {
    long size = 0;
    for (long i = 0; i < times; i++) {
      size += f.apply(i).size();
    }
    return size;
  }

  /** {@code f(text, times)}. */
  @PyFunction
  public static String combine(BiFunction<String, Long, String> f, String text, long times) {
    return f.apply(text, times);
  }

  /** {@code f()}. */
  @PyFunction
  public static Optional<String> supply(Supplier<Optional<String>> f) {
    return f.get();
  }

  /** {@code f(item)} for each item. */
  @PyFunction
  public static void feed(Consumer<String> f, List<String> items) {
    items.forEach(f);
  }

  /** {@code f(key, value)} for each entry, in order. */
  @PyFunction
  public static void feedPairs(BiConsumer<String, Long> f, Map<String, Long> entries) {
    entries.forEach(f);
  }

  /** How many items {@code f} accepts. */
  @PyFunction
  public static long countMatching(Predicate<String> f, List<String> items) {
    return items.stream().filter(f).count();
  }

  /** {@code f(f(text))}. */
  @PyFunction
  public static String applyTwice(UnaryOperator<String> f, String text) {
    return f.andThen(f).apply(text);
  }

  /** {@code f()}, {@code times} times. */
  @PyFunction
  public static void run(Runnable f, int times) {
    for (int i = 0; i < times; i++) {
      f.run();
    }
  }

  /** {@code f()}. */
  @PyFunction
  public static long call(Callable<Long> f) throws Exception {
    return f.call();
  }

  /** {@code f(value)} for a callback that takes and returns Python objects. */
  @PyFunction
  public static PyObject applyToObject(Function<PyObject, PyObject> f, PyObject value) {
    return f.apply(value);
  }

  /** {@code f(1, 2, sep="-")} through the lock-bound {@code PyCallable}. */
  @PyFunction
  public static PyObject callWithKeywords(PyCallable f) {
    return f.call(List.of(1, 2), Map.of("sep", "-"));
  }

  /** {@code f(value)}, called from the body with the GIL released. */
  @PyFunction
  @AllowThreads
  public static long applyReleased(Function<Long, Long> f, long value) {
    return f.apply(value);
  }

  /** The sum of {@code f(i)} for {@code i} below {@code n}, called from the released body. */
  @PyFunction
  @AllowThreads
  public static long sumReleased(Function<Long, Long> f, long n) {
    long sum = 0;
    for (long i = 0; i < n; i++) {
      sum += f.apply(i);
    }
    return sum;
  }

  /**
   * Starts {@code threads} Java threads at once, each calling {@code f(i)} for {@code i} below
   * {@code calls}, and returns each thread's sum.
   */
  @PyFunction
  @AllowThreads
  public static List<Long> sumOnThreads(Function<Long, Long> f, int threads, int calls)
      throws InterruptedException {
    long[] sums = new long[threads];
    Throwable[] failures = new Throwable[threads];
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread thread =
          new Thread(
              () -> {
                try {
                  sums[index] = LongStream.range(0, calls).map(f::apply).sum();
                } catch (Throwable failure) {
                  failures[index] = failure;
                }
              },
              "callback-" + t);
      thread.start();
      started.add(thread);
    }
    for (Thread thread : started) {
      thread.join();
    }
    for (Throwable failure : failures) {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
    }
    return LongStream.of(sums).boxed().toList();
  }

  /** The sum of {@code f(i)} for {@code i} below {@code n}, on a parallel stream's workers. */
  @PyFunction
  @AllowThreads
  public static long sumParallel(Function<Long, Long> f, long n) {
    return LongStream.range(0, n).parallel().map(f::apply).sum();
  }

  /** Keeps {@code f} after this call returns, for {@link #callStored}. */
  @PyFunction
  public static void store(Function<String, String> f) {
    stored = f;
  }

  /** {@code f(text)} of the stored callback, on a new Java thread. */
  @PyFunction
  @AllowThreads
  public static String callStored(String text) throws InterruptedException {
    String[] result = new String[1];
    Thread thread = new Thread(() -> result[0] = stored.apply(text), "stored-callback");
    thread.start();
    thread.join();
    return result[0];
  }

  /** Drops the stored callback and asks the JVM to collect it. */
  @PyFunction
  @AllowThreads
  public static void dropStored() {
    stored = null;
    System.gc();
  }

  /**
   * The Python type of what {@code f()} raised, as Java caught it; or {@code None} if it raised
   * nothing.
   */
  @PyFunction
  public static Optional<String> raisedType(Runnable f) {
    try {
      f.run();
      return Optional.empty();
    } catch (PyException e) {
      return Optional.of(e.pythonType());
    }
  }

  /** {@code 2 * x}: a callable for the pure-Java tests. */
  @PyFunction
  public static long twice(long x) {
    return 2 * x;
  }

  /** {@code text.upper()}: a callable for the pure-Java tests. */
  @PyFunction
  public static String shout(String text) {
    return text.toUpperCase(Locale.ROOT);
  }

  /** Raises {@code ValueError(text)}: a failing callable for the pure-Java tests. */
  @PyFunction
  public static double reject(String text) {
    throw new PyValueError(text);
  }
}
