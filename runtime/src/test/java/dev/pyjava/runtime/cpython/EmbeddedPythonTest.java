package dev.pyjava.runtime.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.cpython.Processes.Outcome;
import dev.pyjava.runtime.def.ModuleProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Java program starts CPython with {@link EmbeddedPython} and uses it from any thread. */
class EmbeddedPythonTest {
  @TempDir Path work;

  @Test
  void javaProgramUsesPythonFromSeveralThreads() throws Exception {
    CPythonSupport.assumeCPython();
    Path services = work.resolve("services");
    Path file = services.resolve("META-INF/services/" + ModuleProvider.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, LauncherTestModule.class.getName() + "\n");
    Outcome outcome = Processes.run(Processes.java(services, EmbeddedPythonMain.class), Map.of(), work);
    assertEquals(
        new Outcome(0, "cpython\n[0, \"x\"]\n[1, \"x\"]\n[2, \"x\"]\n[3, \"x\"]\nhi main\n", ""),
        outcome);
  }
}
