import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.List;

/**
 * Test helper: a pyjava module written by hand (what the processor would generate), so the
 * Python host can be tested end to end without the examples.
 */
public final class PyhostProbeModule implements ModuleProvider {
  private static int deeper(int depth) {
    return deeper(depth + 1) + 1;
  }

  /** Overflows the stack {@code times} times; the JVM detects each through its guard pages. */
  private static long overflows(long times) {
    long caught = 0;
    for (long i = 0; i < times; i++) {
      try {
        deeper(0);
      } catch (StackOverflowError expected) {
        caught++;
      }
    }
    return caught;
  }

  /** Holds {@code megabytes} MB in 1 MB arrays for the call, so they outlive the young generation. */
  private static long holdMegabytes(long megabytes) {
    List<byte[]> held = new java.util.ArrayList<>();
    for (long i = 0; i < megabytes; i++) {
      held.add(new byte[1 << 20]);
    }
    return held.size();
  }

  @Override
  public ModuleDef module() {
    return new ModuleDef(
        "pyhost_probe",
        "A hand-written pyjava module for the Python host's tests.",
        List.of(
            FunctionDef.builder("add")
                .parameter("a", TypeSpec.LONG)
                .parameter("b", TypeSpec.LONG)
                .returns(TypeSpec.LONG)
                .build((py, args) -> (Long) args[0] + (Long) args[1]),
            FunctionDef.builder("echo")
                .parameter("text", TypeSpec.STRING)
                .returns(TypeSpec.STRING)
                .build((py, args) -> args[0]),
            FunctionDef.builder("overflows")
                .parameter("times", TypeSpec.LONG)
                .returns(TypeSpec.LONG)
                .build((py, args) -> overflows((Long) args[0])),
            FunctionDef.builder("hold_megabytes")
                .parameter("megabytes", TypeSpec.LONG)
                .returns(TypeSpec.LONG)
                .build((py, args) -> holdMegabytes((Long) args[0])),
            FunctionDef.builder("collect_garbage")
                .build((py, args) -> {
                  System.gc();
                  return null;
                }),
            FunctionDef.builder("take_gil_in_a_java_thread")
                .build((py, args) -> {
                  // A thread Python does not know: it enters pyjava's shutdown gate, then waits
                  // for the GIL, which the caller holds.
                  Thread waiter = new Thread(() -> Python.withGil(gil -> null), "probe-gil-waiter");
                  waiter.setDaemon(true);
                  waiter.start();
                  return null;
                }),
            FunctionDef.builder("overflows_without_lock")
                .parameter("times", TypeSpec.LONG)
                .returns(TypeSpec.LONG)
                .allowThreads()
                .build((py, args) -> overflows((Long) args[0]))));
  }
}
