package dev.pyjava.runtime.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.def.ModuleProvider;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Launcher} runs command lines exactly as {@code python3} does, with pyjava modules built
 * in. Each case runs the launcher in a new JVM and, where it can, {@code python3} itself, and
 * compares the two.
 */
class LauncherTest {
  private static final long PROCESS_TIMEOUT_SECONDS = 300;

  @TempDir static Path work;

  private static Path services;

  /** What a process printed and how it ended. */
  record Outcome(int status, String out, String err) {}

  @BeforeAll
  static void serviceFile() throws IOException {
    services = work.resolve("services");
    Path file = services.resolve("META-INF/services/" + ModuleProvider.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, LauncherTestModule.class.getName() + "\n");
  }

  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void exitStatusesAndTracebacksMatchPython() throws Exception {
    for (String code :
        List.of(
            "import sys; print('out'); sys.exit(3)",
            "1/0",
            "raise SystemExit('bye')",
            "raise SystemExit(None)",
            "import sys; sys.exit(True)",
            "def f():\n    raise KeyError('k')\nf()")) {
      Outcome expected = python("-c", code);
      Outcome actual = launcher(Map.of(), "-c", code);
      assertEquals(expected, actual, code);
    }
  }

  @Test
  void scriptSeesTheSameArgvExecutableAndPathAsUnderPython() throws Exception {
    Path script = work.resolve("show.py");
    Files.writeString(
        script,
        "import sys\nprint(sys.argv)\nprint(sys.executable)\nprint(sys.path[0])\nprint(sys.prefix)\n");
    assertEquals(python(script.toString(), "a", "b c"), launcher(Map.of(), script.toString(), "a", "b c"));
  }

  @Test
  void optionsWorkAsForPython() throws Exception {
    assertEquals(python("--version"), launcher(Map.of(), "--version"));
    Outcome bad = launcher(Map.of(), "-Z");
    assertEquals(python("-Z"), bad);
    assertEquals(2, bad.status());
  }

  @Test
  void pyjavaModulesAreBuiltIn() throws Exception {
    Outcome outcome =
        launcher(
            Map.of(),
            "-c",
            "import launcher_test, sys\n"
                + "print(launcher_test.greet('x'), launcher_test.__doc__, 'launcher_test' in"
                + " sys.builtin_module_names)");
    assertEquals(new Outcome(0, "hi x Found by the launcher. True\n", ""), outcome);
  }

  @Test
  void anUncaughtJavaExceptionEndsTheScriptLikeAPythonOne() throws Exception {
    Outcome outcome = launcher(Map.of(), "-c", "import launcher_test\nlauncher_test.fail()");
    assertEquals(1, outcome.status());
    assertTrue(outcome.err().startsWith("Traceback (most recent call last):\n"), outcome.err());
    assertTrue(outcome.err().contains("RuntimeError: java.lang.IllegalStateException: broken on purpose\nJava stack trace:\n"), outcome.err());
  }

  @Test
  void aMissingLibraryIsExplained() throws Exception {
    Outcome outcome =
        launcher(Map.of(LibPython.LIBRARY_ENV, work.resolve("nowhere/libpython3.so").toString()), "-c", "pass");
    assertEquals(1, outcome.status());
    assertTrue(outcome.err().contains("does not exist"), outcome.err());
    Outcome noPython =
        launcher(Map.of(LibPython.PYTHON_ENV, work.resolve("nowhere/python3").toString()), "-c", "pass");
    assertEquals(1, noPython.status());
    assertTrue(noPython.err().contains("pyjava could not find libpython. Tried:"), noPython.err());
    assertTrue(noPython.err().contains(LibPython.LIBRARY_ENV), noPython.err());
  }

  private static Outcome python(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(LibPython.pythonCommand());
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  private static Outcome launcher(Map<String, String> environment, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xrs");
    command.add("-cp");
    command.add(services + File.pathSeparator + System.getProperty("java.class.path"));
    command.add(Launcher.class.getName());
    command.addAll(List.of(args));
    return run(command, environment);
  }

  private static Outcome run(List<String> command, Map<String, String> environment) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish: " + command);
    }
    return new Outcome(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
