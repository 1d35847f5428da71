package dev.pyjava.runtime;

/**
 * The interpreter lock (CPython's GIL) as the runtime sees it: the one SPI wrappers use.
 *
 * <p>Tickets and saved states are plain {@code long}s so that no call allocates: the CPython
 * backend passes {@code PyGILState_STATE} and {@code PyThreadState*} through them.
 */
public interface InterpreterLock {
  /**
   * Blocks until the current thread holds the lock. Safe when it already does.
   *
   * @return a ticket to pass to {@link #release(long)}
   */
  long acquire();

  /** Undoes the {@link #acquire()} that returned {@code ticket}, on the same thread. */
  void release(long ticket);

  /**
   * Releases the lock the current thread holds, whatever its depth, so others can run.
   *
   * @return the saved state to pass to {@link #restore(long)}
   * @throws IllegalStateException if the current thread does not hold the lock
   */
  long releaseAndSave();

  /** Blocks until the lock is back with the current thread, as it was before {@link #releaseAndSave()}. */
  void restore(long saved);

  /** Whether the current thread holds the lock. */
  boolean isHeldByCurrentThread();
}
