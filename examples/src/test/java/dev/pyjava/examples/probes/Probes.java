package dev.pyjava.examples.probes;

import dev.pyjava.annotations.AllowThreads;
import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyGetter;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.examples.wordcount.CountingProbe;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.cpython.objects.JavaInstances;
import dev.pyjava.runtime.exceptions.PyKeyError;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Functions the Python tests use to observe the runtime: a barrier (also met by searches that
 * start), every exception row, a call back into Python, a file changed under a search, and
 * Java's own view of a file name.
 */
@PyModule(name = "pyjava_probes")
public final class Probes {
  private static volatile CyclicBarrier barrier;

  /** Searches that met the barrier as they started, since {@link #meetOnSearch}. */
  private static final AtomicInteger SEARCHES_MET = new AtomicInteger();

  private Probes() {}

  /** How many Java objects instances of pyjava types hold now (CPython backend). */
  @PyFunction
  public static int javaInstances() {
    return JavaInstances.count();
  }

  /** Arms a new barrier for {@code parties} callers of the {@code meet_*} functions. */
  @PyFunction
  public static void armBarrier(int parties) {
    barrier = new CyclicBarrier(parties);
  }

  /**
   * Waits at the barrier with the GIL released; true when every party arrived within {@code
   * timeout} seconds.
   */
  @PyFunction
  @AllowThreads
  public static boolean meetReleased(double timeout) throws InterruptedException {
    return meet(timeout);
  }

  /** How many parties wait at the barrier now. */
  @PyFunction
  public static int barrierWaiting() {
    return barrier.getNumberWaiting();
  }

  /** Waits at the barrier holding the GIL; true when every party arrived in time. */
  @PyFunction
  public static boolean meetHeld(double timeout) throws InterruptedException {
    return meet(timeout);
  }

  /**
   * Makes every later {@code word_count} search meet the barrier as its Java body starts (with the
   * GIL released, for the functions that release it), so a test knows the call is under way.
   */
  @PyFunction
  public static void meetOnSearch(double timeout) {
    SEARCHES_MET.set(0);
    CountingProbe.onEnter(
        () -> {
          try {
            if (meet(timeout)) {
              SEARCHES_MET.incrementAndGet();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  /**
   * How many searches met every other party at the barrier as they started, since the last
   * {@code meet_on_search}; stops the searches meeting it.
   */
  @PyFunction
  public static int searchesMet() {
    CountingProbe.onEnter(null);
    return SEARCHES_MET.get();
  }

  private static boolean meet(double timeout) throws InterruptedException {
    try {
      barrier.await((long) (timeout * 1000), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | BrokenBarrierException e) {
      return false;
    }
  }

  /** One place the barrier is met from, for tests of methods that release the GIL. */
  @PyClass
  public static final class Meeting {
    private final AtomicInteger arrived = new AtomicInteger();

    /** A meeting no one has come to yet. */
    @PyConstructor
    public Meeting() {}

    /** Waits at the barrier with the GIL released; true when every party arrived in time. */
    @PyFunction
    @AllowThreads
    public boolean attend(double timeout) throws InterruptedException {
      arrived.incrementAndGet();
      return meet(timeout);
    }

    /** How many calls of {@link #attend} this meeting has had. */
    @PyGetter
    public int arrived() {
      return arrived.get();
    }
  }

  /** Throws the Java exception named {@code kind}, from {@code depth} calls deep. */
  @PyFunction(signature = "(kind, depth=0)")
  public static void raiseJava(String kind, int depth) throws Throwable {
    if (depth > 0) {
      raiseJava(kind, depth - 1);
      return;
    }
    throw switch (kind) {
      case "FileNotFoundException" -> new FileNotFoundException("gone.txt (No such file or directory)");
      case "NoSuchFileException" -> new NoSuchFileException("gone.txt");
      case "AccessDeniedException" -> new AccessDeniedException("secret.txt");
      case "IOException" -> new IOException("disk on fire");
      case "ReadFailedWithEIO" -> new IOException("Input/output error");
      case "MalformedInputException" -> new MalformedInputException(1);
      case "IllegalArgumentException" -> new IllegalArgumentException("bad argument");
      case "IndexOutOfBoundsException" -> new IndexOutOfBoundsException("Index 5 out of bounds for length 2");
      case "ArithmeticException" -> new ArithmeticException("/ by zero");
      case "ArithmeticOverflow" -> new ArithmeticException("integer overflow");
      case "ArithmeticOther" -> new ArithmeticException("BigInteger: modulus not positive");
      case "UnsupportedOperationException" -> new UnsupportedOperationException("not yet");
      case "OutOfMemoryError" -> new OutOfMemoryError("Java heap space");
      case "StackOverflowError" -> new StackOverflowError();
      case "IllegalStateException" -> new IllegalStateException("boom");
      case "PyKeyError" -> new PyKeyError("missing");
      default -> new IllegalArgumentException("unknown kind " + kind);
    };
  }

  /** Calls {@code function()} from Java: whatever it raises passes back through Java. */
  @PyFunction
  public static PyObject callBack(PyObject function) {
    return function.call();
  }

  /**
   * Makes the next {@code word_count} search truncate the file at {@code path} to nothing once
   * it has the file's bytes (mapped or read), before it counts them.
   */
  @PyFunction
  public static void truncateWhenCounting(String path) {
    CountingProbe.onBytes(
        () -> {
          CountingProbe.onBytes(null);
          try (FileChannel file = FileChannel.open(Path.of(path), StandardOpenOption.WRITE)) {
            file.truncate(0);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The size of the file at {@code path}, as Java's own file API finds it. */
  @PyFunction
  public static long javaFileSize(String path) throws IOException {
    return Files.size(Path.of(path));
  }

  /**
   * Asks the JVM to collect garbage, with the GIL released, so that Cleaners of unreachable Java
   * objects run soon after.
   */
  @PyFunction
  @AllowThreads
  public static void collectJavaGarbage() {
    System.gc();
  }

  /** The Java heap in use after a full collection, in KiB: what live Java objects take. */
  @PyFunction
  @AllowThreads
  public static long javaHeapKib() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / 1024;
  }

  /** Recurses until the Java stack overflows. */
  @PyFunction
  public static long recurseForever(long n) {
    return recurseForever(n + 1) + 1;
  }
}
