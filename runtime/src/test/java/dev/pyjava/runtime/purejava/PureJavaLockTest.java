package dev.pyjava.runtime.purejava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PureJavaLockTest {
  private final PureJavaLock lock = new PureJavaLock();

  /** Starts a thread that acquires the lock, reports it, then waits for {@code letGo}. */
  private Thread holderThread(String name, CountDownLatch acquired, CountDownLatch letGo) {
    Thread t =
        new Thread(
            () -> {
              long ticket = lock.acquire();
              try {
                acquired.countDown();
                await(letGo);
              } finally {
                lock.release(ticket);
              }
            },
            name);
    t.start();
    return t;
  }

  /** Returns once {@code t} is parked inside this lock, waiting for it. */
  private void awaitWaiting(Thread t) {
    while (LockSupport.getBlocker(t) != lock) {
      assertTrue(t.isAlive(), t.getName() + " ended instead of waiting for the lock");
      Thread.yield();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "latch not reached");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static void join(Thread t) throws InterruptedException {
    t.join(TimeUnit.SECONDS.toMillis(30));
    assertFalse(t.isAlive(), t.getName() + " did not finish");
  }

  @Test
  void acquireTakesAndReleaseGivesBack() {
    assertFalse(lock.isHeldByCurrentThread());
    long ticket = lock.acquire();
    assertEquals(PureJavaLock.OUTER, ticket);
    assertTrue(lock.isHeldByCurrentThread());
    lock.release(ticket);
    assertFalse(lock.isHeldByCurrentThread());
  }

  @Test
  void reentrantAcquireSaysItWasNested() {
    long outer = lock.acquire();
    long inner = lock.acquire();
    assertEquals(PureJavaLock.OUTER, outer);
    assertEquals(PureJavaLock.NESTED, inner);
    lock.release(inner);
    assertTrue(lock.isHeldByCurrentThread());
    lock.release(outer);
    assertFalse(lock.isHeldByCurrentThread());
  }

  @Test
  void releasingOutOfOrderIsAnError() {
    long outer = lock.acquire();
    long inner = lock.acquire();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> lock.release(outer));
    assertTrue(e.getMessage().contains("innermost first"), e.getMessage());
    lock.release(inner);
    lock.release(outer);
    assertFalse(lock.isHeldByCurrentThread());
  }

  @Test
  void releaseWithoutHoldingIsAnError() throws Exception {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> lock.release(PureJavaLock.OUTER));
    assertTrue(e.getMessage().contains("does not hold the interpreter lock"), e.getMessage());

    long ticket = lock.acquire();
    AtomicReference<Throwable> fromOther = new AtomicReference<>();
    Thread other = new Thread(() -> {
      try {
        lock.release(ticket);
      } catch (Throwable t) {
        fromOther.set(t);
      }
    });
    other.start();
    join(other);
    assertTrue(fromOther.get() instanceof IllegalStateException);
    assertTrue(lock.isHeldByCurrentThread());
    lock.release(ticket);
  }

  @Test
  void releaseAndSaveKeepsTheDepth() {
    long outer = lock.acquire();
    long inner = lock.acquire();
    long saved = lock.releaseAndSave();
    assertFalse(lock.isHeldByCurrentThread());
    lock.restore(saved);
    assertTrue(lock.isHeldByCurrentThread());
    lock.release(inner);
    assertTrue(lock.isHeldByCurrentThread());
    lock.release(outer);
    assertFalse(lock.isHeldByCurrentThread());
  }

  @Test
  void releaseAndSaveWithoutHoldingIsAnError() {
    assertThrows(IllegalStateException.class, lock::releaseAndSave);
    assertThrows(IllegalArgumentException.class, () -> lock.restore(0));
  }

  @Test
  void acquireBlocksWhileAnotherThreadHoldsIt() throws Exception {
    long ticket = lock.acquire();
    CountDownLatch acquired = new CountDownLatch(1);
    CountDownLatch letGo = new CountDownLatch(1);
    Thread waiter = holderThread("waiter", acquired, letGo);
    awaitWaiting(waiter);
    assertEquals(1, acquired.getCount(), "the waiter got the lock while it was held");
    lock.release(ticket);
    await(acquired);
    assertFalse(lock.isHeldByCurrentThread());
    letGo.countDown();
    join(waiter);
  }

  @Test
  void restoreBlocksUntilTheOtherHolderReleases() throws Exception {
    CountDownLatch saved = new CountDownLatch(1);
    CountDownLatch otherHolds = new CountDownLatch(1);
    CountDownLatch restored = new CountDownLatch(1);
    AtomicInteger depthSeenAfterRestore = new AtomicInteger();
    Thread worker =
        new Thread(
            () -> {
              long outer = lock.acquire();
              long inner = lock.acquire();
              long state = lock.releaseAndSave();
              saved.countDown();
              await(otherHolds);
              lock.restore(state);
              restored.countDown();
              lock.release(inner);
              depthSeenAfterRestore.set(lock.isHeldByCurrentThread() ? 1 : 0);
              lock.release(outer);
            },
            "worker");
    worker.start();
    await(saved);
    long ticket = lock.acquire();
    otherHolds.countDown();
    awaitWaiting(worker);
    assertEquals(1, restored.getCount(), "restore returned while another thread held the lock");
    lock.release(ticket);
    await(restored);
    join(worker);
    assertEquals(1, depthSeenAfterRestore.get(), "restore lost the nested hold");
  }

  @Test
  void neverTwoHoldersAtOnce() throws Exception {
    int threads = 4;
    int rounds = 20_000;
    CyclicBarrier start = new CyclicBarrier(threads);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    int[] unguardedCounter = {0};
    List<Thread> all = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                  throw new AssertionError(e);
                }
                for (int i = 0; i < rounds; i++) {
                  long ticket = lock.acquire();
                  try {
                    if (inside.incrementAndGet() != 1) {
                      overlaps.incrementAndGet();
                    }
                    unguardedCounter[0]++;
                    inside.decrementAndGet();
                  } finally {
                    lock.release(ticket);
                  }
                }
              });
      thread.start();
      all.add(thread);
    }
    for (Thread thread : all) {
      join(thread);
    }
    assertEquals(0, overlaps.get());
    long ticket = lock.acquire();
    assertEquals(threads * rounds, unguardedCounter[0]);
    lock.release(ticket);
  }

  @Test
  void aReleasingThreadCannotBargeAheadOfWaiters() throws Exception {
    long ticket = lock.acquire();
    CountDownLatch firstGotIt = new CountDownLatch(1);
    CountDownLatch secondGotIt = new CountDownLatch(1);
    CountDownLatch noWait = new CountDownLatch(0);
    Thread first = holderThread("first", firstGotIt, noWait);
    awaitWaiting(first);
    Thread second = holderThread("second", secondGotIt, noWait);
    awaitWaiting(second);

    // The holder gives the lock up and asks for it straight back, again and again: each time it
    // gets it back, both waiters must already have had their turn.
    for (int i = 0; i < 1_000; i++) {
      lock.release(ticket);
      ticket = lock.acquire();
      assertEquals(0, firstGotIt.getCount(), "the releasing thread barged ahead of a waiter");
      assertEquals(0, secondGotIt.getCount(), "the releasing thread barged ahead of a waiter");
    }
    lock.release(ticket);
    join(first);
    join(second);
  }

  @Test
  void waitersAreServedInArrivalOrder() throws Exception {
    long ticket = lock.acquire();
    List<String> order = new ArrayList<>();
    List<Thread> waiters = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String name = "waiter-" + i;
      Thread t = new Thread(() -> {
        long mine = lock.acquire();
        order.add(name);
        lock.release(mine);
      }, name);
      t.start();
      awaitWaiting(t);
      waiters.add(t);
    }
    lock.release(ticket);
    for (Thread t : waiters) {
      join(t);
    }
    long check = lock.acquire();
    assertEquals(List.of("waiter-0", "waiter-1", "waiter-2", "waiter-3", "waiter-4"), order);
    lock.release(check);
  }

  @Test
  void anInterruptedWaiterKeepsWaitingAndKeepsItsInterrupt() throws Exception {
    long ticket = lock.acquire();
    CountDownLatch acquired = new CountDownLatch(1);
    AtomicReference<Boolean> interruptedWhenAcquired = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      long mine = lock.acquire();
      interruptedWhenAcquired.set(Thread.currentThread().isInterrupted());
      acquired.countDown();
      lock.release(mine);
    }, "interrupted-waiter");
    waiter.start();
    awaitWaiting(waiter);
    waiter.interrupt();
    // Only the waiter clears its flag: once it is clear and the waiter is parked again, it has
    // seen the interrupt and gone back to waiting.
    while (waiter.isInterrupted()) {
      Thread.yield();
    }
    awaitWaiting(waiter);
    assertEquals(1, acquired.getCount(), "an interrupt made the waiter take a held lock");
    lock.release(ticket);
    await(acquired);
    join(waiter);
    assertTrue(interruptedWhenAcquired.get());
  }
}
