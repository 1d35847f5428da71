package dev.pyjava.runtime.cpython.ffi.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a {@code python3} executable reports about itself: its real path ({@code sys.executable})
 * and its shared libpython, found through {@code sysconfig}.
 *
 * @param executable {@code sys.executable}
 * @param library the shared libpython, or {@code null} when that Python has none
 * @param triedLibraries the library paths looked at, for error messages
 */
record PythonInstallation(String executable, Path library, List<Path> triedLibraries) {
  private static final String QUERY =
      String.join(
          "\n",
          "import sys, sysconfig",
          "v = sysconfig.get_config_var",
          "for x in (sys.executable, v('LIBDIR'), v('MULTIARCH'), v('INSTSONAME'), v('LDLIBRARY'),"
              + " sys.base_prefix):",
          "    print(x or '')");

  private static final long QUERY_TIMEOUT_SECONDS = 60;

  /**
   * Runs {@code python -c ...} and reads its answer.
   *
   * @throws IOException when the command cannot be run or does not answer
   */
  static PythonInstallation query(String python) throws IOException {
    Process process =
        new ProcessBuilder(python, "-c", QUERY)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    process.getOutputStream().close();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!process.waitFor(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("'" + python + "' did not answer within " + QUERY_TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking '" + python + "'", e);
    }
    String[] lines = output.split("\n", -1);
    if (process.exitValue() != 0 || lines.length < 6 || lines[0].isBlank()) {
      throw new IOException(
          "'" + python + "' exited with status " + process.exitValue() + " without answering");
    }
    String libdir = lines[1].strip();
    String multiarch = lines[2].strip();
    String basePrefix = lines[5].strip();
    List<Path> tried = new ArrayList<>();
    for (String name : List.of(lines[3].strip(), lines[4].strip())) {
      if (!name.endsWith(".so") && !name.contains(".so.") && !name.endsWith(".dylib")) {
        continue; // a static library (libpython3.x.a) cannot be loaded
      }
      for (String dir : List.of(libdir, libdir + "/" + multiarch, basePrefix + "/lib")) {
        if (dir.startsWith("/")) {
          Path candidate = Path.of(dir, name);
          if (!tried.contains(candidate)) {
            tried.add(candidate);
          }
        }
      }
    }
    Path library = tried.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    return new PythonInstallation(lines[0].strip(), library, List.copyOf(tried));
  }
}
