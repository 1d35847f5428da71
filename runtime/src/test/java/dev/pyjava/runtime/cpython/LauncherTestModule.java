package dev.pyjava.runtime.cpython;

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
            FunctionDef.builder("fail")
                .build(
                    (py, args) -> {
                      throw new IllegalStateException("broken on purpose");
                    })));
  }
}
