package dev.pyjava.examples.bench;

import dev.pyjava.runtime.bind.ArgumentBinder;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ArgumentBinder#bind} for {@code f(path, search, limit=10, *, strict=False)}: all
 * positional (the shared identity binding), keywords, and defaults filled in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ArgumentBinderBenchmark {
  private final FunctionDef twoRequired =
      FunctionDef.builder("search")
          .parameter("path", TypeSpec.STRING)
          .parameter("search", TypeSpec.STRING)
          .returns(TypeSpec.LONG)
          .build((py, args) -> 0L);

  private final FunctionDef withDefaults =
      FunctionDef.builder("search")
          .parameter("path", TypeSpec.STRING)
          .parameter("search", TypeSpec.STRING)
          .parameter(
              Parameter.optional(
                  "limit", TypeSpec.LONG, ParameterKind.POSITIONAL_OR_KEYWORD, 10L, "10"))
          .parameter(
              Parameter.optional(
                  "strict", TypeSpec.BOOLEAN, ParameterKind.KEYWORD_ONLY, false, "False"))
          .returns(TypeSpec.LONG)
          .build((py, args) -> 0L);

  private final String[] keywords = {"search", "path"};
  private final String[] oneKeyword = {"strict"};

  /** {@code search(p, s)}: every parameter given positionally. */
  @Benchmark
  public int[] positional() {
    return ArgumentBinder.bind(twoRequired, 2, null);
  }

  /** {@code search(search=s, path=p)}. */
  @Benchmark
  public int[] keywords() {
    return ArgumentBinder.bind(twoRequired, 0, keywords);
  }

  /** {@code search(p, s)} on the four-parameter function: both defaults apply. */
  @Benchmark
  public int[] defaults() {
    return ArgumentBinder.bind(withDefaults, 2, null);
  }

  /** {@code search(p, s, strict=True)}: one default, one keyword-only given. */
  @Benchmark
  public int[] defaultsAndKeyword() {
    return ArgumentBinder.bind(withDefaults, 2, oneKeyword);
  }
}
