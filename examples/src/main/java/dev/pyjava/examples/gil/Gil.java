package dev.pyjava.examples.gil;

import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import java.util.ArrayList;
import java.util.List;

/** The seed tutorial's module: a function that releases the GIL, then takes it back. */
@PyModule
public final class Gil {
  private Gil() {}

  /**
   * Doubles the integers of {@code list} into {@code result[idx]}, printing each step: it releases
   * the GIL for {@code pause} seconds, doubles the numbers, then holds the GIL for {@code pause}
   * seconds more while it writes the result.
   */
  @PyFunction(signature = "(list, result, idx, pause=1.0)")
  public static void doubleList(Python py, PyList list, PyList result, int idx, double pause) {
    say("Java: Enter double_list...");
    py.allowThreads(
        () -> {
          say("Java: Release GIL...");
          sleep(pause);
        });
    List<Long> doubled = new ArrayList<>();
    for (PyObject item : list) {
      doubled.add(Math.multiplyExact(item.cast(PyLong.class).longValue(), 2));
    }
    Python.withGil(
        gil -> {
          say("Java: Acquire GIL...");
          sleep(pause);
          result.set(idx, gil.list(doubled));
          say("Java: Exit...");
          return null;
        });
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  private static void sleep(double seconds) {
    try {
      Thread.sleep((long) (seconds * 1000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sleeping", e);
    }
  }
}
