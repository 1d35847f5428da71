package dev.pyjava.examples.bench;

import dev.pyjava.runtime.Backends;
import dev.pyjava.runtime.InterpreterLock;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.cpython.EmbeddedPython;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * CPython's GIL through pyjava's lock API, in a JVM that started CPython with {@link
 * EmbeddedPython#start()}: what {@code Python.withGil} costs a Java thread, alone and against a
 * second thread, and what an {@code @AllowThreads} call adds (save and restore the thread state).
 *
 * <p>A Java thread CPython does not know gets a thread state on its first acquire, and loses it
 * again on the last release: {@link #uncontended} pays for both every time, as a Java thread
 * calling into Python once does. {@link #reentered} is the same pair on a thread that already
 * holds the GIL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xrs"})
public class CPythonLockBenchmark {
  private InterpreterLock lock;

  /** Starts CPython in this JVM and checks that its lock is the one in use. */
  @Setup(Level.Trial)
  public void startPython() {
    EmbeddedPython.start();
    lock = Backends.current().lock();
    String backend = Python.withGil(Python::backendName);
    if (!backend.equals("cpython")) {
      throw new IllegalStateException("expected the cpython backend, got " + backend);
    }
  }

  /** One thread takes the free GIL and gives it back. */
  @Benchmark
  @Threads(1)
  public long uncontended() {
    long ticket = lock.acquire();
    lock.release(ticket);
    return ticket;
  }

  /** The same through {@code Python.withGil}. */
  @Benchmark
  @Threads(1)
  public String withGil() {
    return Python.withGil(Python::backendName);
  }

  /** Two threads take and give back the GIL as fast as they can. */
  @Benchmark
  @Threads(2)
  public long contended() {
    long ticket = lock.acquire();
    lock.release(ticket);
    return ticket;
  }

  /** Acquire and release on a thread that holds the GIL already. */
  @Benchmark
  @Threads(1)
  public long reentered(HeldGil held) {
    long ticket = lock.acquire();
    lock.release(ticket);
    return ticket;
  }

  /** What an {@code @AllowThreads} call adds: release the held GIL, then take it back. */
  @Benchmark
  @Threads(1)
  public long releaseAndRestore(HeldGil held) {
    long saved = lock.releaseAndSave();
    lock.restore(saved);
    return saved;
  }

  /** The GIL, held by one benchmark thread (JMH sets a thread-scoped state up on its thread). */
  @State(Scope.Thread)
  public static class HeldGil {
    private InterpreterLock lock;
    private long ticket;

    /** Takes the GIL on the benchmark thread; runs after {@link #startPython()}. */
    @Setup(Level.Trial)
    public void take(CPythonLockBenchmark benchmark) {
      lock = benchmark.lock;
      ticket = lock.acquire();
    }

    /** Gives it back. */
    @TearDown(Level.Trial)
    public void giveBack() {
      lock.release(ticket);
    }
  }
}
