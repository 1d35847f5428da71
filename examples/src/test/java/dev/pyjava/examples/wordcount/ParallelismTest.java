package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.Python;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which calls overlap, proven with a barrier and latches in {@link CountingProbe}: released calls
 * are both inside at once; held calls take turns.
 */
class ParallelismTest {
  private static final long TIMEOUT_SECONDS = 30;

  @TempDir Path dir;

  @AfterEach
  void removeProbe() {
    CountingProbe.onEnter(null);
  }

  /** Runs {@code call} on a new platform thread (the common pool may have just one). */
  private static CompletableFuture<Long> onOwnThread(java.util.function.Supplier<Long> call) {
    CompletableFuture<Long> result = new CompletableFuture<>();
    Thread.ofPlatform()
        .start(
            () -> {
              try {
                result.complete(call.get());
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            });
    return result;
  }

  private String file() throws Exception {
    return Files.writeString(dir.resolve("f.txt"), "is is\n").toString();
  }

  @Test
  void twoReleasedCallsAreInsideAtOnce() throws Exception {
    String path = file();
    CyclicBarrier bothInside = new CyclicBarrier(2);
    CountingProbe.onEnter(
        () -> {
          try {
            // Times out (and fails the call) unless the other call is inside too.
            bothInside.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException("the other call never came in", e);
          }
        });
    var first = onOwnThread(() -> WordCountModuleTest.call("search_sequential_allow_threads", path, "is"));
    var second = onOwnThread(() -> WordCountModuleTest.call("search_sequential_allow_threads", path, "is"));
    assertEquals(2, first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    assertEquals(2, second.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
  }

  @Test
  void heldCallsNeverOverlap() throws Exception {
    String path = file();
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch letFirstGo = new CountDownLatch(1);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    AtomicInteger entries = new AtomicInteger();
    CountingProbe.onEnter(
        () -> {
          mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
          if (entries.incrementAndGet() == 1) {
            firstInside.countDown();
            try {
              letFirstGo.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          inside.decrementAndGet();
        });
    var first = onOwnThread(() -> WordCountModuleTest.call("search_sequential", path, "is"));
    firstInside.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Thread second = Thread.ofPlatform().start(() -> WordCountModuleTest.call("search_sequential", path, "is"));
    // The second caller parks waiting for the lock the first one holds; it must not get in.
    while (second.getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }
    assertEquals(1, entries.get(), "the second call got in while the first held the lock");
    letFirstGo.countDown();
    assertEquals(2, first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    second.join();
    assertEquals(2, entries.get());
    assertEquals(1, mostInside.get());
  }

  @Test
  void releasedCallLetsAnotherThreadTakeTheLock() throws Exception {
    String path = file();
    CountDownLatch otherRan = new CountDownLatch(1);
    CountingProbe.onEnter(
        () -> {
          Thread.ofPlatform().start(() -> Python.withGil(py -> { otherRan.countDown(); return null; }));
          try {
            if (!otherRan.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
              throw new IllegalStateException("another thread could not take the lock");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertEquals(2, WordCountModuleTest.call("search", path, "is"));
  }
}
