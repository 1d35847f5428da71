package dev.pyjava.examples;

import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.cpython.EmbeddedPython;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The main job: the seed's word-count table, its threads experiment and the {@code double_list}
 * trace. It runs on real CPython when libpython can be found, and on the pure-Java lock
 * otherwise, and says which.
 *
 * <p>Arguments: {@code [copies]}, how many times the Zen of Python is repeated (default 20000).
 */
public final class Demo {
  private static final PrintStream OUT = System.out;
  private static final int RUNS = 5;
  private static final String NEEDLE = "is";

  private Demo() {}

  public static void main(String[] args) throws Exception {
    int copies = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    String fallback = startCPython();
    if (fallback != null) {
      OUT.println("No CPython here (" + fallback + "): using the pure-Java interpreter lock.");
    }
    Path file = writeZen(copies);
    try {
      run(file, copies);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void run(Path file, int copies) throws Exception {
    String path = file.toString();
    double megabytes = Files.size(file) / 1e6;
    OUT.printf(
        Locale.ROOT,
        "pyjava demo on the %s backend: the Zen of Python x%d (%.1f MB), counting '%s'%n%n",
        Python.withGil(Python::backendName),
        copies,
        megabytes,
        NEEDLE);

    OUT.printf(Locale.ROOT, "%-34s %10s %10s %10s%n", "function", "count", "best ms", "MB/s");
    for (String function :
        List.of("search", "search_sequential", "search_sequential_allow_threads")) {
      long best = Long.MAX_VALUE;
      long count = 0;
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        count = call(function, path);
        best = Math.min(best, System.nanoTime() - start);
      }
      OUT.printf(
          Locale.ROOT,
          "%-34s %10d %10.1f %10.0f%n",
          function,
          count,
          best / 1e6,
          megabytes / (best / 1e9));
    }

    OUT.printf(Locale.ROOT, "%nThreads calling at once (wall ms, best of %d):%n", RUNS);
    OUT.printf(Locale.ROOT, "%-34s %10s %10s %10s%n", "function", "1 thread", "2 threads", "4 threads");
    for (String function : List.of("search_sequential_allow_threads", "search_sequential")) {
      OUT.printf(Locale.ROOT, "%-34s", function);
      for (int threads : new int[] {1, 2, 4}) {
        OUT.printf(Locale.ROOT, " %10.1f", bestWallTime(function, path, threads) / 1e6);
      }
      OUT.println();
    }
    OUT.println(
        "Released calls overlap (their time stays flat up to the core count); held calls"
            + " take turns (their time grows with the threads).");

    if (Python.withGil(Python::backendName).equals("cpython")) {
      OUT.printf(Locale.ROOT, "%nThe seed tutorial's script, run by CPython:%n");
      runSeedScript();
    } else {
      OUT.printf(Locale.ROOT, "%nThe seed's double_list, beside a Python-style thread:%n");
      doubleListScenario();
    }
  }

  /** Starts CPython in this JVM; the reason it could not, or {@code null} when it did. */
  private static String startCPython() {
    try {
      EmbeddedPython.start();
      return null;
    } catch (IllegalStateException | UnsatisfiedLinkError e) {
      return e.getMessage().lines().findFirst().orElse(e.toString());
    }
  }

  private static long call(String function, String path) {
    return Python.withGil(
        py -> {
          PyObject module = py.importModule("word_count");
          return module.getAttr(function).call(path, NEEDLE).cast(dev.pyjava.runtime.PyLong.class)
              .longValue();
        });
  }

  private static long bestWallTime(String function, String path, int threads)
      throws InterruptedException {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < RUNS; run++) {
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      awaitQuietly(start);
                      call(function, path);
                    }));
      }
      long begin = System.nanoTime();
      start.countDown();
      for (Thread worker : workers) {
        worker.join();
      }
      best = Math.min(best, System.nanoTime() - begin);
    }
    return best;
  }

  /**
   * The seed tutorial's script: one thread doubles the list the Python way (sleeping 0.1 s with
   * the lock released, as {@code time.sleep} does), the other calls {@code gil.double_list}.
   */
  private static void doubleListScenario() throws InterruptedException {
    PyList result =
        Python.withGil(py -> py.list(List.of(py.list(List.of()), py.list(List.of()))));
    List<Long> nums = List.of(1L, 2L, 3L);
    Thread pythonStyle =
        Thread.ofPlatform()
            .start(
                () ->
                    Python.withGil(
                        py -> {
                          OUT.println("Py: Enter double_list_py...");
                          py.allowThreads(() -> sleepQuietly(100));
                          result.set(0, py.list(nums.stream().map(x -> x * 2).toList()));
                          OUT.println("Py: Exit...");
                          return null;
                        }));
    Thread java =
        Thread.ofPlatform()
            .start(
                () ->
                    Python.withGil(
                        py ->
                            py.importModule("gil")
                                .getAttr("double_list")
                                .call(py.list(nums), result, 1)));
    pythonStyle.join();
    java.join();
    Python.withGil(
        py -> {
          OUT.println("Py: " + result.get(0).repr());
          OUT.println("Java: " + result.get(1).repr());
          return null;
        });
  }

  /** Runs the seed tutorial's Python script, unmodified, in the CPython this JVM started. */
  private static void runSeedScript() throws IOException {
    String script;
    try (InputStream in = Demo.class.getResourceAsStream("python/seed_gil.py")) {
      script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    OUT.flush();
    Python.withGil(
        py -> {
          PyObject builtins = py.importModule("builtins");
          var globals = py.dict();
          globals.put(py.str("__name__"), py.str("__main__"));
          builtins.getAttr("exec").call(script, globals);
          py.importModule("sys").getAttr("stdout").getAttr("flush").call();
          return null;
        });
  }

  private static Path writeZen(int copies) throws IOException {
    byte[] zen;
    try (InputStream in = Demo.class.getResourceAsStream("zen.txt")) {
      zen = in.readAllBytes();
    }
    Path file = Files.createTempFile("pyjava-zen", ".txt");
    try (var out = Files.newOutputStream(file)) {
      for (int i = 0; i < copies; i++) {
        out.write(zen);
      }
    }
    return file;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
