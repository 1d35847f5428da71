package dev.pyjava.examples.gil;

import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.runtime.Interruption;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The seed tutorial's module: a function that releases the GIL, then takes it back. */
@PyModule
public final class Gil {
  private Gil() {}

  /**
   * Doubles the integers of {@code list} into {@code result[idx]}, printing each step: it releases
   * the GIL for {@code pause} seconds, doubles the numbers, then holds the GIL for {@code pause}
   * seconds more while it writes the result. {@code pause} is checked as {@code time.sleep} checks
   * its argument; Ctrl-C ends the pause with the GIL released.
   */
  @PyFunction(signature = "(list, result, idx, pause=1.0)")
  public static void doubleList(Python py, PyList list, PyList result, int idx, double pause) {
    Duration length = sleepLength(pause);
    say("Java: Enter double_list...");
    py.allowThreads(
        () -> {
          say("Java: Release GIL...");
          sleep(length);
        });
    List<Long> doubled = new ArrayList<>();
    for (PyObject item : list) {
      doubled.add(Math.multiplyExact(item.cast(PyLong.class).longValue(), 2));
    }
    Python.withGil(
        gil -> {
          say("Java: Acquire GIL...");
          sleep(length);
          result.set(idx, gil.list(doubled));
          say("Java: Exit...");
          return null;
        });
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  /** {@code seconds} as a sleep length, refused as {@code time.sleep} refuses it. */
  private static Duration sleepLength(double seconds) {
    if (Double.isNaN(seconds)) {
      throw new PyValueError("Invalid value NaN (not a number)");
    }
    if (seconds < 0) {
      throw new PyValueError("sleep length must be non-negative");
    }
    double nanos = seconds * 1e9;
    // time.sleep counts in signed 64-bit nanoseconds: inf and anything past 292 years overflow.
    if (!(nanos < 0x1p63)) {
      throw new PyOverflowError("timestamp too large to convert to C _PyTime_t");
    }
    return Duration.ofNanos((long) nanos);
  }

  private static void sleep(Duration length) {
    try {
      Thread.sleep(length);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Interruption.check();
      throw new IllegalStateException("interrupted while sleeping", e);
    }
  }
}
