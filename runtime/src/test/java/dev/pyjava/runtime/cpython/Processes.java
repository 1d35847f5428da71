package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs programs (python3, or a new JVM on the test class path) and captures how they end. */
final class Processes {
  private Processes() {}

  /** A safety net against a hung child; no test measures time. */
  private static final long TIMEOUT_SECONDS = 300;

  /** What a process printed and how it ended. */
  record Outcome(int status, String out, String err) {}

  /** The command that starts a JVM like this one running {@code mainClass}, with -Xrs. */
  static List<String> java(Path extraClassPath, Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xrs");
    command.add("-cp");
    command.add(extraClassPath + File.pathSeparator + System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** The command that runs the configured {@code python3}. */
  static List<String> python(String... args) {
    List<String> command = new ArrayList<>();
    command.add(LibPython.pythonCommand());
    command.addAll(List.of(args));
    return command;
  }

  /** Runs {@code command} in {@code directory} to its end. */
  static Outcome run(List<String> command, Map<String, String> environment, Path directory)
      throws Exception {
    Path out = Files.createTempFile(directory, "out", ".txt");
    Path err = Files.createTempFile(directory, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish: " + command);
    }
    return new Outcome(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
