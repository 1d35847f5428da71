package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.InterpreterLock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;

/**
 * The pure-Java interpreter lock: one holder at a time, re-entrant, and fair.
 *
 * <p>Taking a free lock nobody waits for is one compare-and-set, and re-entering is a counter
 * increment: neither allocates. Once a thread waits, the lock is handed straight to the longest
 * waiter on each release, so a releasing thread can never barge back in ahead of it: every
 * waiter gets the lock in bounded time.
 *
 * <p>Tickets: {@link #acquire()} returns {@code 1} when it took the lock and {@code 0} when the
 * thread already held it. Saved states are the hold depth.
 */
public final class PureJavaLock implements InterpreterLock {
  /** The ticket of an acquire that took the lock. */
  public static final long OUTER = 1;

  /** The ticket of an acquire on a thread that already held the lock. */
  public static final long NESTED = 0;

  private static final VarHandle OWNER;

  static {
    try {
      OWNER = MethodHandles.lookup().findVarHandle(PureJavaLock.class, "owner", Thread.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile Thread owner;

  /** How many acquires the owner has open; read and written by the owner only. */
  private int depth;

  /** Threads waiting, longest first; guarded by itself. */
  private final ArrayDeque<Thread> waiters = new ArrayDeque<>();

  /** {@code waiters.size()}, readable without the monitor. */
  private volatile int waiting;

  /** A free lock. */
  public PureJavaLock() {}

  @Override
  public long acquire() {
    Thread me = Thread.currentThread();
    if (owner == me) {
      depth++;
      return NESTED;
    }
    take(me);
    depth = 1;
    return OUTER;
  }

  @Override
  public void release(long ticket) {
    Thread me = Thread.currentThread();
    if (owner != me) {
      throw notHeld("release");
    }
    boolean balanced = ticket == OUTER ? depth == 1 : ticket == NESTED && depth > 1;
    if (!balanced) {
      throw new IllegalStateException(
          "interpreter lock released out of order (ticket "
              + ticket
              + " at depth "
              + depth
              + "): release each ticket once, innermost first, as try/finally does");
    }
    if (--depth == 0) {
      giveUp();
    }
  }

  @Override
  public long releaseAndSave() {
    if (owner != Thread.currentThread()) {
      throw notHeld("releaseAndSave");
    }
    long saved = depth;
    depth = 0;
    giveUp();
    return saved;
  }

  @Override
  public void restore(long saved) {
    if (saved < 1 || saved > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "not a state saved by releaseAndSave(): " + saved + " (it is the hold depth, >= 1)");
    }
    Thread me = Thread.currentThread();
    if (owner == me) {
      // The thread re-took the lock without giving it back; keep both holds.
      depth += (int) saved;
      return;
    }
    take(me);
    depth = (int) saved;
  }

  @Override
  public boolean isHeldByCurrentThread() {
    return owner == Thread.currentThread();
  }

  /** Blocks until {@code me} owns the lock. */
  private void take(Thread me) {
    if (waiting == 0 && OWNER.compareAndSet(this, null, me)) {
      return;
    }
    synchronized (waiters) {
      waiters.addLast(me);
      waiting = waiters.size();
      if (waiters.peekFirst() == me && OWNER.compareAndSet(this, null, me)) {
        waiters.pollFirst();
        waiting = waiters.size();
        return;
      }
    }
    boolean interrupted = false;
    while (owner != me) {
      LockSupport.park(this);
      interrupted |= Thread.interrupted();
    }
    if (interrupted) {
      me.interrupt();
    }
  }

  /** Lets go of the lock: straight to the longest waiter, if any. */
  private void giveUp() {
    if (waiting != 0) {
      handOffToFirstWaiter();
      return;
    }
    owner = null;
    // A thread may have queued after the check above and failed to take the lock before the
    // line above freed it; it would wait forever unless the lock is offered to it now.
    if (waiting != 0) {
      offerToFirstWaiter();
    }
  }

  private void handOffToFirstWaiter() {
    Thread next;
    synchronized (waiters) {
      next = waiters.pollFirst();
      waiting = waiters.size();
      owner = next;
    }
    if (next != null) {
      LockSupport.unpark(next);
    }
  }

  private void offerToFirstWaiter() {
    Thread next = null;
    synchronized (waiters) {
      Thread first = waiters.peekFirst();
      if (first != null && OWNER.compareAndSet(this, null, first)) {
        waiters.pollFirst();
        waiting = waiters.size();
        next = first;
      }
    }
    if (next != null) {
      LockSupport.unpark(next);
    }
  }

  private IllegalStateException notHeld(String operation) {
    return new IllegalStateException(
        operation
            + "() called on thread '"
            + Thread.currentThread().getName()
            + "', which does not hold the interpreter lock: release it on the thread that"
            + " acquired it");
  }
}
