package dev.pyjava.runtime.cpython.gil;

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
public final class ShutdownGate {
  /** The gate of this process's interpreter. */
  public static final ShutdownGate INSTANCE = new ShutdownGate();

  private int inside;
  private volatile boolean closed;

  /** The thread that closed the gate: the one finalizing the interpreter, which runs atexit. */
  private volatile Thread closer;

  /** Enters, unless the interpreter is shutting down. */
  public synchronized boolean tryEnter() {
    if (closed) {
      return false;
    }
    inside++;
    return true;
  }

  /** Leaves after a successful {@link #tryEnter()}. */
  public synchronized void exit() {
    if (--inside == 0) {
      notifyAll();
    }
  }

  /**
   * Whether {@link #closeAndDrain()} has started on another thread than this one: the
   * interpreter finalizes there, and this thread may no longer take the GIL, while the finalizing
   * thread itself (running a {@code __del__} or a gc callback) still may.
   */
  boolean isClosedByAnotherThread() {
    return closed && closer != Thread.currentThread();
  }

  /**
   * Closes the gate and waits until every thread inside has left. Called from an {@code atexit}
   * hook, on the thread that then finalizes the interpreter.
   */
  public synchronized void closeAndDrain() {
    closer = Thread.currentThread();
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
