package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.Backends;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Modules built by hand, as generated code would build them, and registered for {@code
 * ServiceLoader} in {@code src/test/resources/META-INF/services}.
 */
final class TestModules {
  private TestModules() {}

  /** Where the blocking functions wait: a test sets fresh latches before calling them. */
  static final class Gate {
    static volatile CountDownLatch entered;
    static volatile CountDownLatch release;

    static void reset() {
      entered = new CountDownLatch(1);
      release = new CountDownLatch(1);
    }

    /** Says the body has started, waits to be let go, and reports whether the lock was held. */
    static boolean enterAndWait() throws InterruptedException {
      entered.countDown();
      if (!release.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the gate");
      }
      return Backends.current().lock().isHeldByCurrentThread();
    }
  }

  /** {@code pyjava_test_calc}: one function per binding and conversion feature. */
  public static final class Calc implements ModuleProvider {
    @Override
    public ModuleDef module() {
      List<FunctionDef> functions = new ArrayList<>();
      functions.add(FunctionDef.builder("add")
          .doc("Adds two ints.")
          .parameter("a", TypeSpec.LONG)
          .parameter("b", TypeSpec.LONG)
          .returns(TypeSpec.LONG)
          .build((py, args) -> (long) args[0] + (long) args[1]));
      functions.add(FunctionDef.builder("search")
          .doc("Counts occurrences of search in path.")
          .parameter(Parameter.required("path", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY))
          .parameter(Parameter.required("search", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY))
          .returns(TypeSpec.INT)
          .build((py, args) -> count((String) args[0], (String) args[1])));
      functions.add(FunctionDef.builder("scale")
          .parameter(Parameter.required(
              "values", TypeSpec.list(TypeSpec.DOUBLE), ParameterKind.POSITIONAL_ONLY))
          .parameter(Parameter.optional(
              "factor", TypeSpec.DOUBLE, ParameterKind.POSITIONAL_OR_KEYWORD, 2.0, "2.0"))
          .parameter(Parameter.optional(
              "limit", TypeSpec.optional(TypeSpec.INT), ParameterKind.KEYWORD_ONLY, null, "None"))
          .returns(TypeSpec.list(TypeSpec.DOUBLE))
          .build((py, args) -> scale(args)));
      functions.add(FunctionDef.builder("noop").build((py, args) -> null));
      functions.add(FunctionDef.builder("fail")
          .parameter("kind", TypeSpec.STRING)
          .build((py, args) -> fail((String) args[0])));
      functions.add(FunctionDef.builder("released_while_waiting")
          .allowThreads()
          .returns(TypeSpec.BOOLEAN)
          .build((py, args) -> Gate.enterAndWait()));
      functions.add(FunctionDef.builder("held_while_waiting")
          .returns(TypeSpec.BOOLEAN)
          .build((py, args) -> Gate.enterAndWait()));
      functions.add(FunctionDef.builder("fail_released")
          .allowThreads()
          .build((py, args) -> {
            throw new StackOverflowError();
          }));
      functions.add(FunctionDef.builder("make_list")
          .parameter("n", TypeSpec.INT)
          .returns(TypeSpec.object(dev.pyjava.runtime.PyList.class))
          .build((py, args) -> py.list(Collections.nCopies((int) args[0], "x"))));
      return new ModuleDef("pyjava_test_calc", "Functions for the runtime's tests.", functions);
    }

    private static int count(String text, String word) {
      int n = 0;
      for (int at = text.indexOf(word); at >= 0 && !word.isEmpty(); at = text.indexOf(word, at + 1)) {
        n++;
      }
      return n;
    }

    private static List<Double> scale(Object[] args) {
      @SuppressWarnings("unchecked")
      List<Double> values = (List<Double>) args[0];
      double factor = (double) args[1];
      @SuppressWarnings("unchecked")
      Optional<Integer> limit = (Optional<Integer>) args[2];
      List<Double> out = new ArrayList<>();
      for (double v : values.subList(0, limit.orElse(values.size()))) {
        out.add(v * factor);
      }
      return out;
    }

    private static Object fail(String kind) throws Exception {
      switch (kind) {
        case "io" -> throw new NoSuchFileException("missing.txt");
        case "state" -> throw new IllegalStateException("boom");
        case "value" -> throw new PyValueError("bad value");
        default -> throw new AssertionError("unknown kind " + kind);
      }
    }
  }

  /** One of two providers that both claim {@code pyjava_test_duplicate}. */
  public static final class DuplicateA implements ModuleProvider {
    @Override
    public ModuleDef module() {
      return new ModuleDef("pyjava_test_duplicate", null, List.of());
    }
  }

  /** The other. */
  public static final class DuplicateB implements ModuleProvider {
    @Override
    public ModuleDef module() {
      return new ModuleDef("pyjava_test_duplicate", null, List.of());
    }
  }
}
