package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.Backends;
import dev.pyjava.runtime.Python;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A Java program that uses CPython as a library through the public API only: {@link
 * EmbeddedPythonTest} runs it in a JVM of its own and checks what it prints.
 */
public final class EmbeddedPythonMain {
  private EmbeddedPythonMain() {}

  /** Starts Python, uses it from two Java threads, and imports a pyjava module. */
  public static void main(String[] args) throws Exception {
    EmbeddedPython.start();
    EmbeddedPython.start();
    System.out.println(Backends.current().name());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int n = i;
      results.add(
          pool.submit(
              () ->
                  Python.withGil(
                      py -> py.importModule("json").getAttr("dumps").call(List.of(n, "x")).str())));
    }
    for (Future<String> result : results) {
      System.out.println(result.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    String greeting =
        Python.withGil(py -> py.importModule("launcher_test").getAttr("greet").call("main").str());
    System.out.println(greeting);
  }
}
