package dev.pyjava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PythonTokenTest {
  private static final InterpreterLock LOCK = Backends.current().lock();

  /** An Error of our own, to prove Errors too give the lock back. */
  private static final class BodyError extends Error {
    BodyError() {
      super("body failed");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "latch not reached");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static Throwable runOnOtherThread(Runnable body) throws InterruptedException {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        body.run();
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "other");
    t.start();
    t.join(TimeUnit.SECONDS.toMillis(30));
    assertFalse(t.isAlive());
    return thrown.get();
  }

  @Test
  void withGilHoldsTheLockForTheBodyOnly() {
    assertFalse(LOCK.isHeldByCurrentThread());
    String result = Python.withGil(py -> {
      assertTrue(LOCK.isHeldByCurrentThread());
      return py.str("x").value();
    });
    assertEquals("x", result);
    assertFalse(LOCK.isHeldByCurrentThread());
  }

  @Test
  void withGilIsReentrant() {
    Python.withGil(outer -> {
      Python inner = Python.withGil(py -> {
        assertTrue(LOCK.isHeldByCurrentThread());
        return py;
      });
      assertSame(outer, inner);
      assertTrue(LOCK.isHeldByCurrentThread(), "the inner withGil released the outer hold");
      return null;
    });
    assertFalse(LOCK.isHeldByCurrentThread());
  }

  @Test
  void withGilReleasesWhenTheBodyThrows() {
    assertThrows(IllegalStateException.class, () -> Python.withGil(py -> {
      throw new IllegalStateException("boom");
    }));
    assertFalse(LOCK.isHeldByCurrentThread());
    assertThrows(BodyError.class, () -> Python.withGil(py -> {
      throw new BodyError();
    }));
    assertFalse(LOCK.isHeldByCurrentThread());
  }

  @Test
  void allowThreadsReleasesTheLockWhileTheBodyRuns() {
    CountDownLatch otherAcquired = new CountDownLatch(1);
    Python.withGil(py -> {
      Thread other = new Thread(() -> Python.withGil(p -> {
        otherAcquired.countDown();
        return null;
      }));
      int answer = py.allowThreads(() -> {
        assertFalse(LOCK.isHeldByCurrentThread());
        other.start();
        await(otherAcquired);
        return 42;
      });
      assertEquals(42, answer);
      assertTrue(LOCK.isHeldByCurrentThread());
      return null;
    });
  }

  @Test
  void allowThreadsTakesTheLockBackAfterExceptionsAndErrors() {
    Python.withGil(py -> Python.withGil(nested -> {
      assertThrows(IllegalStateException.class, () -> py.allowThreads((Runnable) () -> {
        throw new IllegalStateException("boom");
      }));
      assertTrue(LOCK.isHeldByCurrentThread());
      assertThrows(BodyError.class, () -> py.allowThreads(() -> {
        throw new BodyError();
      }));
      assertTrue(LOCK.isHeldByCurrentThread());
      return null;
    }));
    assertFalse(LOCK.isHeldByCurrentThread(), "the nested hold was lost or doubled");
  }

  @Test
  void threadsTakingTurnsThroughWithGilAndAllowThreadsNeverOverlap() throws Exception {
    int threads = 4;
    int rounds = 2_000;
    CyclicBarrier start = new CyclicBarrier(threads);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    Runnable exclusive = () -> {
      if (inside.incrementAndGet() != 1) {
        overlaps.incrementAndGet();
      }
      inside.decrementAndGet();
    };
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> all = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(() -> {
        try {
          start.await(30, TimeUnit.SECONDS);
          for (int i = 0; i < rounds; i++) {
            Python.withGil(py -> Python.withGil(nested -> {
              exclusive.run();
              py.allowThreads(() -> assertFalse(LOCK.isHeldByCurrentThread()));
              exclusive.run();
              return null;
            }));
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      });
      thread.start();
      all.add(thread);
    }
    for (Thread thread : all) {
      thread.join(TimeUnit.SECONDS.toMillis(30));
      assertFalse(thread.isAlive());
    }
    assertEquals(null, failure.get());
    assertEquals(0, overlaps.get());
  }

  @Test
  void aTokenCapturedIntoAllowThreadsIsRejected() {
    IllegalStateException e = Python.withGil(py -> assertThrows(
        IllegalStateException.class, () -> py.allowThreads(() -> py.str("x"))));
    assertTrue(e.getMessage().contains("does not hold the interpreter lock"), e.getMessage());
    assertTrue(e.getMessage().contains("Python.withGil"), e.getMessage());
  }

  @Test
  void aTokenHandedToAnotherThreadIsRejected() throws Exception {
    Python py = Python.withGil(p -> p);
    Throwable thrown = runOnOtherThread(() -> py.integer(1));
    assertTrue(thrown instanceof IllegalStateException, String.valueOf(thrown));
    assertTrue(thrown.getMessage().contains("thread 'other'"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("Python.withGil"), thrown.getMessage());
    assertThrows(IllegalStateException.class, () -> py.none(), "used after withGil returned");
  }

  @Test
  void aPythonObjectUsedWithoutTheLockIsRejected() throws Exception {
    PyList list = Python.withGil(py -> py.list(List.of(1, 2)));
    IllegalStateException e = assertThrows(IllegalStateException.class, list::size);
    assertTrue(e.getMessage().contains("Python.withGil"), e.getMessage());
    Throwable fromOther = runOnOtherThread(() -> list.get(0));
    assertTrue(fromOther instanceof IllegalStateException, String.valueOf(fromOther));
    assertTrue(fromOther.getMessage().contains("thread 'other'"), fromOther.getMessage());
    assertEquals(2, (int) Python.withGil(py -> list.size()));
  }

  @Test
  void theBackendWithoutTheLockIsRejected() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Backends.current().str("x"));
    assertTrue(e.getMessage().contains("Python.withGil"), e.getMessage());
  }

  @Test
  void tokenMakesEveryKindOfObject() {
    Python.withGil(py -> {
      assertEquals("purejava", py.backendName());
      assertTrue(py.none().isNone());
      assertEquals("True", py.bool(true).repr());
      assertEquals(7, py.integer(7).longValue());
      assertEquals(new BigInteger("123456789012345678901234567890"),
          py.integer(new BigInteger("123456789012345678901234567890")).bigValue());
      assertEquals(2.5, py.floating(2.5).doubleValue());
      assertEquals("'s'", py.str("s").repr());
      assertEquals("b'\\x01'", py.bytes(new byte[] {1}).repr());
      assertEquals("[1, 'a', None]", py.list(Arrays.asList(1, "a", null)).repr());
      assertEquals("(1, 2.0)", py.tuple(1, 2.0).repr());
      assertEquals("{}", py.dict().repr());
      assertEquals("[True]", py.toPython(List.of(true)).repr());
      return null;
    });
  }
}
