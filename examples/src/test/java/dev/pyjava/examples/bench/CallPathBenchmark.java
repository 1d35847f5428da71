package dev.pyjava.examples.bench;

import dev.pyjava.examples.wordcount.WordCount;
import dev.pyjava.examples.wordcount.WordCount_PyModule;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.purejava.FunctionCall;
import dev.pyjava.runtime.purejava.PureJavaBackend;
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

/**
 * What the generated wrapper and the runtime add to a call of {@code word_count.count_line} on a
 * 30-character line: the Java method called directly, through the generated {@link
 * dev.pyjava.runtime.def.Invoker}, and the whole pure-Java call ({@link FunctionCall#call}: bind,
 * convert, trampoline, convert back) with the lock taken and given back around it, as a Python
 * call does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallPathBenchmark {
  /** 30 characters, three matches. */
  static final String LINE = "Is this (is) the line? It is!!";

  static final String NEEDLE = "is";

  private final PureJavaBackend backend = new PureJavaBackend();
  private final PureJavaLock lock = backend.lock();
  private final Python py = backend.token();
  private final FunctionDef countLine = function("count_line");
  private final FunctionDef noop = function("noop");
  private final FunctionDef noopAllowThreads = function("noop_allow_threads");
  private final Object[] javaArguments = {LINE, NEEDLE};
  private PyObject[] pythonArguments;

  /** Makes the Python arguments and checks that every path counts the same. */
  @Setup(Level.Trial)
  public void prepare() throws Throwable {
    long ticket = lock.acquire();
    try {
      pythonArguments = new PyObject[] {py.str(LINE), py.str(NEEDLE)};
      long direct = WordCount.countLine(LINE, NEEDLE);
      Object invoked = countLine.invoker().invoke(py, javaArguments);
      String called = FunctionCall.call(backend, countLine, pythonArguments, null, null).toString();
      if (direct != 3 || !invoked.equals(direct) || !called.equals(Long.toString(direct))) {
        throw new IllegalStateException(
            "count_line disagrees: direct " + direct + ", invoker " + invoked + ", call " + called);
      }
    } finally {
      lock.release(ticket);
    }
  }

  /** {@code WordCount.countLine} called from Java. */
  @Benchmark
  public long direct() {
    return WordCount.countLine(LINE, NEEDLE);
  }

  /** The generated invoker: unpack and cast the arguments, call, box the result. */
  @Benchmark
  public Object invoker() throws Throwable {
    return countLine.invoker().invoke(py, javaArguments);
  }

  /** The whole pure-Java call of {@code count_line}, lock included. */
  @Benchmark
  public PyObject functionCall() {
    long ticket = lock.acquire();
    try {
      return FunctionCall.call(backend, countLine, pythonArguments, null, null);
    } finally {
      lock.release(ticket);
    }
  }

  /** The whole pure-Java call of {@code noop}, lock included: the floor of a call. */
  @Benchmark
  public PyObject functionCallNoop() {
    long ticket = lock.acquire();
    try {
      return FunctionCall.call(backend, noop, new PyObject[0], null, null);
    } finally {
      lock.release(ticket);
    }
  }

  /** {@code noop_allow_threads}: the floor plus releasing and retaking the lock. */
  @Benchmark
  public PyObject functionCallNoopAllowThreads() {
    long ticket = lock.acquire();
    try {
      return FunctionCall.call(backend, noopAllowThreads, new PyObject[0], null, null);
    } finally {
      lock.release(ticket);
    }
  }

  private static FunctionDef function(String name) {
    ModuleDef module = new WordCount_PyModule().module();
    FunctionDef f = module.function(name);
    if (f == null) {
      throw new IllegalStateException("word_count has no function " + name);
    }
    return f;
  }
}
