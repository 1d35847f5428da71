package dev.pyjava.runtime.cpython;

/**
 * Keeps threads Python does not know from taking the GIL once the interpreter starts to shut
 * down. CPython ends any thread that takes the GIL during finalization ({@code pthread_exit}),
 * which would tear a JVM thread down in the middle of Java code.
 *
 * <p>Such threads (the {@link java.lang.ref.Cleaner}'s, and Java threads calling {@code
 * Python.withGil}) pass through {@link #tryEnter()}/{@link #exit()}. An {@code atexit} hook,
 * which Python runs before finalizing, calls {@link #closeAndDrain()} with the GIL released: no
 * thread enters after that, and those inside finish first.
 */
final class ShutdownGate {
  /** The gate of this process's interpreter. */
  static final ShutdownGate INSTANCE = new ShutdownGate();

  private int inside;
  private volatile boolean closed;

  /** Enters, unless the interpreter is shutting down. */
  synchronized boolean tryEnter() {
    if (closed) {
      return false;
    }
    inside++;
    return true;
  }

  /** Leaves after a successful {@link #tryEnter()}. */
  synchronized void exit() {
    if (--inside == 0) {
      notifyAll();
    }
  }

  /** Whether {@link #closeAndDrain()} has started. */
  boolean isClosed() {
    return closed;
  }

  /** Closes the gate and waits until every thread inside has left. */
  synchronized void closeAndDrain() {
    closed = true;
    boolean interrupted = false;
    while (inside > 0) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
