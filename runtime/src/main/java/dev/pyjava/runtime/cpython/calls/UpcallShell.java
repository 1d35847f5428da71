package dev.pyjava.runtime.cpython.calls;

import dev.pyjava.runtime.cpython.objects.LastResort;

/**
 * The shell every call from Python into Java runs in: no Java throwable may leave an upcall (the
 * JVM would exit, and take Python with it), so what the body throws is raised in Python as its
 * mapped exception, and the upcall returns NULL (-1 for one returning a C {@code int} status).
 * Failing even to raise it still returns that.
 *
 * <p>Upcalls run their body with {@link #run} or {@link #runStatus}; the per-call upcall of a
 * pyjava function keeps the {@code try} in its own frame, to stay free of a lambda, and hands what
 * it caught to {@link #failed}.
 */
public final class UpcallShell {
  private UpcallShell() {}

  /** The body of an upcall: a new reference, or NULL with a Python exception set. */
  @FunctionalInterface
  public interface Body {
    /** Runs the upcall's work. */
    long run() throws Throwable;
  }

  /** The body of an upcall that returns a status: 0, or -1 with a Python exception set. */
  @FunctionalInterface
  public interface StatusBody {
    /** Runs the upcall's work. */
    int run() throws Throwable;
  }

  /** Runs {@code body}; when it throws, raises that in Python and returns NULL. Never throws. */
  public static long run(Body body) {
    try {
      return body.run();
    } catch (Throwable failure) {
      return failed(failure);
    }
  }

  /** Runs {@code body}; when it throws, raises that in Python and returns -1. Never throws. */
  public static int runStatus(StatusBody body) {
    try {
      return body.run();
    } catch (Throwable failure) {
      failed(failure);
      return -1;
    }
  }

  /** Raises {@code failure} in Python as its mapped exception and returns NULL. Never throws. */
  public static long failed(Throwable failure) {
    try {
      return LastResort.fail(failure);
    } catch (Throwable ignored) {
      return 0;
    }
  }
}
