package dev.pyjava.runtime.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.cpython.Processes.Outcome;
import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import dev.pyjava.runtime.def.ModuleProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
  @TempDir static Path work;

  /** A class path entry listing {@link LauncherTestModule} as a module provider. */
  static Path services;

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
    // The usage line names argv[0]: the launcher's is the executable's path, as under pyenv's
    // shim, and Debian's python3 started by name would print just python3.
    String executable = python("-c", "import sys; print(sys.executable)").out().strip();
    assertEquals(Processes.run(List.of(executable, "-Z"), Map.of(), work), bad);
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
  void exitsCleanlyWhileTheCleanerStillHasReferencesToDrop() throws Exception {
    // Thousands of wrappers are left for the Cleaner as the interpreter finalizes.
    String code =
        "import launcher_test\n"
            + "for i in range(20000):\n"
            + "    launcher_test.echo(i)\n"
            + "print('end')";
    assertEquals(new Outcome(0, "end\n", ""), launcher(Map.of(), "-c", code));
  }

  @Test
  void ctrlCInterruptsABlockingCallAsInPython() throws Exception {
    // The driver starts the command with SIGINT at its default (a background job may inherit
    // it ignored), waits for its first line, sends SIGINT, and reports how it ended. Its
    // timeout is only a safety net: a sleep Ctrl-C cannot interrupt would outlast it.
    Path driver = work.resolve("interrupt.py");
    Files.writeString(
        driver,
        """
        import signal, subprocess, sys
        child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        child.stdout.readline()
        child.send_signal(signal.SIGINT)
        try:
            out, err = child.communicate(timeout=240)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
            err = 'still sleeping after SIGINT\\n' + err
        print(child.returncode)
        print(err, end='')
        """);
    // One line, so the traceback is the same wherever the signal lands, once the source line
    // and the carets under the interrupted call (3.13+ show them for -c) are left out.
    String code = "import time; print('ready', flush=True); time.sleep(600)";
    Outcome expected = withoutSourceLines(python(driver.toString(), LibPython.pythonCommand(), "-c", code));
    List<String> launcher = new ArrayList<>(Processes.python(driver.toString()));
    launcher.addAll(Processes.java(services, Launcher.class, "-c", code));
    assertEquals(expected, withoutSourceLines(Processes.run(launcher, Map.of(), work)));
    assertEquals(
        "-2\nTraceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nKeyboardInterrupt\n",
        expected.out(),
        expected.toString());
  }

  @Test
  void faulthandlerDoesNotTakeTheJvmsSignalsAway() throws Exception {
    // Compiled Java code takes SIGSEGV for null checks; faulthandler's handler would make that
    // a fatal error, and disable() after enable() would leave the default action (death).
    String code =
        "import faulthandler, launcher_test\n"
            + "faulthandler.enable()\n"
            + "total = sum(launcher_test.null_checks(10000) for _ in range(2000))\n"
            + "faulthandler.disable()\n"
            + "total += sum(launcher_test.null_checks(10000) for _ in range(2000))\n"
            + "print(total)";
    assertEquals(new Outcome(0, "400000\n", ""), launcher(Map.of(), "-X", "faulthandler", "-c", code));
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

  /** The outcome with the traceback lines that quote source (indented by four spaces) left out. */
  private static Outcome withoutSourceLines(Outcome outcome) {
    return new Outcome(outcome.status(), withoutSourceLines(outcome.out()), withoutSourceLines(outcome.err()));
  }

  private static String withoutSourceLines(String text) {
    return text.lines().filter(line -> !line.startsWith("    ")).map(line -> line + "\n").collect(Collectors.joining());
  }

  private static Outcome python(String... args) throws Exception {
    return Processes.run(Processes.python(args), Map.of(), work);
  }

  private static Outcome launcher(Map<String, String> environment, String... args) throws Exception {
    return Processes.run(Processes.java(services, Launcher.class, args), environment, work);
  }
}
