package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.List;

/**
 * A module the launcher finds through {@link java.util.ServiceLoader}. {@link LauncherTest} lists
 * it in a service file of its own, so no other test JVM sees it.
 */
public final class LauncherTestModule implements ModuleProvider {
  @Override
  public ModuleDef module() {
    return new ModuleDef(
        "launcher_test",
        "Found by the launcher.",
        List.of(
            FunctionDef.builder("greet")
                .parameter("name", TypeSpec.STRING)
                .returns(TypeSpec.STRING)
                .build((py, args) -> "hi " + args[0]),
            FunctionDef.builder("echo")
                .parameter("value", TypeSpec.object(PyObject.class))
                .returns(TypeSpec.object(PyObject.class))
                .build((py, args) -> args[0]),
            FunctionDef.builder("null_checks")
                .doc("Makes the JVM take null-check faults (SIGSEGV) in compiled code.")
                .parameter("rounds", TypeSpec.INT)
                .returns(TypeSpec.INT)
                .build((py, args) -> nullChecks((Integer) args[0])),
            FunctionDef.builder("fail")
                .build(
                    (py, args) -> {
                      throw new IllegalStateException("broken on purpose");
                    })));
  }

  /** Counts the nulls among generated strings by catching NullPointerExceptions. */
  private static int nullChecks(int rounds) {
    int nulls = 0;
    for (int i = 0; i < rounds; i++) {
      try {
        nulls += sometimesNull(i).length() - 1;
      } catch (NullPointerException e) {
        nulls++;
      }
    }
    return nulls;
  }

  private static String sometimesNull(int i) {
    return i % 100 == 99 ? null : "x";
  }
}
