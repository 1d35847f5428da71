package dev.pyjava.examples.bench;

import dev.pyjava.runtime.purejava.PureJavaLock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The pure-Java interpreter lock's acquire and release: alone (one CAS each way), re-entered, and
 * fought over by two threads (every release hands the lock to the waiting thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PureJavaLockBenchmark {
  private final PureJavaLock lock = new PureJavaLock();

  /** One thread takes the free lock and gives it back. */
  @Benchmark
  @Threads(1)
  public long uncontended() {
    long ticket = lock.acquire();
    lock.release(ticket);
    return ticket;
  }

  /** Two threads take and give back the same lock as fast as they can. */
  @Benchmark
  @Threads(2)
  public long contended() {
    long ticket = lock.acquire();
    lock.release(ticket);
    return ticket;
  }

  /** What an {@code @AllowThreads} call adds: release the held lock, then take it back. */
  @Benchmark
  @Threads(1)
  public long releaseAndRestore(HeldLock held) {
    long saved = held.lock.releaseAndSave();
    held.lock.restore(saved);
    return saved;
  }

  /**
   * A lock of one benchmark thread's own, held by it. JMH makes and sets up a thread-scoped state
   * on the thread that uses it.
   */
  @State(Scope.Thread)
  public static class HeldLock {
    final PureJavaLock lock = new PureJavaLock();

    /** Takes the lock on the benchmark thread. */
    @Setup(Level.Trial)
    public void take() {
      lock.acquire();
    }
  }
}
