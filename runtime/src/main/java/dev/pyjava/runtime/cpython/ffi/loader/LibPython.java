package dev.pyjava.runtime.cpython.ffi.loader;

import java.io.IOException;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds libpython and remembers the one the C-API is bound to. A JVM binds at most one, and never
 * loads a second libpython into a process that already runs Python (that would be a second,
 * separate interpreter).
 *
 * <p>Where it looks, in order:
 *
 * <ol>
 *   <li>the system property {@value #LIBRARY_PROPERTY} or the environment variable {@value
 *       #LIBRARY_ENV}: the path of the shared library;
 *   <li>the current process, when it already runs Python (found with {@code dlopen(NULL)}; this
 *       also covers a {@code python3} executable with libpython linked in statically);
 *   <li>the shared library of the {@code python3} on {@code PATH}, or of the Python named by the
 *       system property {@value #PYTHON_PROPERTY} or the environment variable {@value
 *       #PYTHON_ENV}, as its {@code sysconfig} reports it.
 * </ol>
 */
public final class LibPython {
  private LibPython() {}

  /** System property naming the shared libpython to load. */
  static final String LIBRARY_PROPERTY = "pyjava.libpython";

  /** Environment variable naming the shared libpython to load. */
  public static final String LIBRARY_ENV = "PYJAVA_LIBPYTHON";

  /** System property naming the Python executable to ask for its libpython. */
  static final String PYTHON_PROPERTY = "pyjava.python";

  /** Environment variable naming the Python executable to ask for its libpython. */
  public static final String PYTHON_ENV = "PYJAVA_PYTHON";

  private static final String DEFAULT_PYTHON = "python3";

  /** The version in a library name such as {@code libpython3.11.so.1.0}. */
  private static final Pattern LIBRARY_VERSION = Pattern.compile("^libpython(\\d+\\.\\d+)");

  /**
   * A libpython pyjava is bound to.
   *
   * @param symbols where the C-API symbols are found
   * @param origin how it was found, for messages
   * @param insideRunningPython whether this process already ran Python before Java bound it
   * @param executable the matching {@code python3} executable, or {@code null} when unknown
   * @param version its {@code PY_VERSION_HEX}, read from {@code Py_Version} as it was bound
   */
  public record Binding(
      SymbolLookup symbols,
      String origin,
      boolean insideRunningPython,
      String executable,
      long version) {}

  private static volatile Binding bound;

  /** {@code PY_VERSION_HEX} of 3.11.0a0, the oldest supported. */
  private static final long OLDEST_SUPPORTED_VERSION = 0x030B_0000L;

  /** The current binding; throws with a clear message when there is none. */
  public static Binding binding() {
    Binding b = bound;
    if (b == null) {
      throw new IllegalStateException(
          "pyjava's CPython backend is not started: run Python code through"
              + " dev.pyjava.runtime.cpython.Launcher, import a pyjava module from python3, or call"
              + " dev.pyjava.runtime.cpython.EmbeddedPython.start()");
    }
    return b;
  }

  /** Whether the C-API is bound. */
  public static boolean isBound() {
    return bound != null;
  }

  /**
   * Binds to the Python already running in this process (for Python hosting Java).
   *
   * @throws IllegalStateException if this process runs no Python
   */
  public static synchronized Binding bindToCurrentProcess() {
    if (bound != null) {
      return bound;
    }
    SymbolLookup symbols =
        CurrentProcess.pythonSymbols()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "pyjava: this process runs no Python (dlsym(dlopen(NULL),"
                            + " \"Py_IsInitialized\") found nothing), so there is no Python to"
                            + " create a module in"));
    long version = requireSupportedVersion(symbols, "the current process");
    bound = new Binding(symbols, "the current process", true, null, version);
    return bound;
  }

  /**
   * Binds to a libpython for Java hosting Python, following the rules in the class comment.
   *
   * @throws IllegalStateException saying what was tried and how to fix it, if none is found
   */
  public static synchronized Binding bindForHosting() {
    if (bound != null) {
      return bound;
    }
    List<String> tried = new ArrayList<>();
    Optional<Path> explicit = explicitLibrary(tried);
    if (explicit.isPresent()) {
      Path library = explicit.get();
      if (!Files.isRegularFile(library)) {
        throw new IllegalStateException(
            "pyjava: the libpython named by " + tried.getLast() + " does not exist: " + library);
      }
      String executable = matchingExecutable(library);
      return bindLoaded(library, tried.getLast(), executable);
    }
    Optional<SymbolLookup> inProcess = CurrentProcess.pythonSymbols();
    if (inProcess.isPresent()) {
      long version = requireSupportedVersion(inProcess.get(), "the current process");
      bound = new Binding(inProcess.get(), "the current process", true, null, version);
      return bound;
    }
    tried.add("this process: no Python C-API symbols in it");
    String python = pythonCommand();
    try {
      PythonInstallation installation = PythonInstallation.query(python);
      if (installation.library() != null) {
        return bindLoaded(
            installation.library(), "the shared library of '" + python + "'", installation.executable());
      }
      tried.add(
          "'" + python + "' (" + installation.executable() + "): no shared libpython at "
              + installation.triedLibraries());
    } catch (IOException e) {
      tried.add("'" + python + "': " + e.getMessage());
    }
    throw new IllegalStateException(
        "pyjava could not find libpython. Tried:\n  - "
            + String.join("\n  - ", tried)
            + "\nFix: set the environment variable "
            + LIBRARY_ENV
            + " (or -D"
            + LIBRARY_PROPERTY
            + "=) to the path of libpython3.x.so, or "
            + PYTHON_ENV
            + " (or -D"
            + PYTHON_PROPERTY
            + "=) to a python3 built with a shared libpython (pyenv: PYTHON_CONFIGURE_OPTS="
            + "--enable-shared).");
  }

  private static Binding bindLoaded(Path library, String origin, String executable) {
    CurrentProcess.loadGlobally(library);
    SymbolLookup symbols =
        CurrentProcess.pythonSymbols()
            .orElseThrow(
                () -> new IllegalStateException(library + " was loaded but has no Py_IsInitialized"));
    long version = requireSupportedVersion(symbols, library.toString());
    bound = new Binding(symbols, library + " (" + origin + ")", false, executable, version);
    return bound;
  }

  /**
   * The {@code PY_VERSION_HEX} of the Python at {@code symbols}, read from {@code Py_Version}
   * (the one place it is read); refuses a Python older than 3.11, which has no {@code
   * Py_Version}.
   */
  private static long requireSupportedVersion(SymbolLookup symbols, String where) {
    long version =
        symbols
            .find("Py_Version")
            .map(address -> address.reinterpret(Long.BYTES).get(ValueLayout.JAVA_LONG, 0))
            .orElse(0L);
    if (version < OLDEST_SUPPORTED_VERSION) {
      throw new IllegalStateException(
          "pyjava needs CPython 3.11 or newer; the Python in " + where + " is older");
    }
    return version;
  }

  private static Optional<Path> explicitLibrary(List<String> tried) {
    String property = System.getProperty(LIBRARY_PROPERTY);
    if (property != null && !property.isBlank()) {
      tried.add("system property " + LIBRARY_PROPERTY);
      return Optional.of(Path.of(property));
    }
    tried.add("system property " + LIBRARY_PROPERTY + ": not set");
    String env = System.getenv(LIBRARY_ENV);
    if (env != null && !env.isBlank()) {
      tried.add("environment variable " + LIBRARY_ENV);
      return Optional.of(Path.of(env));
    }
    tried.add("environment variable " + LIBRARY_ENV + ": not set");
    return Optional.empty();
  }

  /** The Python to ask: {@value #PYTHON_PROPERTY}, {@value #PYTHON_ENV}, or {@code python3}. */
  public static String pythonCommand() {
    String property = System.getProperty(PYTHON_PROPERTY);
    if (property != null && !property.isBlank()) {
      return property;
    }
    String env = System.getenv(PYTHON_ENV);
    return env != null && !env.isBlank() ? env : DEFAULT_PYTHON;
  }

  /**
   * The Python executable whose libpython is {@code library}: the configured Python if it
   * matches, else a {@code bin/python3.x} of the library's installation prefix that does; {@code
   * null} when none does (the interpreter then guesses {@code sys.executable} by itself).
   */
  private static String matchingExecutable(Path library) {
    List<String> candidates = new ArrayList<>();
    candidates.add(pythonCommand());
    Matcher version = LIBRARY_VERSION.matcher(library.getFileName().toString());
    if (version.find()) {
      // <prefix>/lib/libpython3.x.so, or <prefix>/lib/<multiarch>/libpython3.x.so (Debian).
      Path libdir = library.toAbsolutePath().getParent();
      for (Path prefix : new Path[] {parentOf(libdir), parentOf(parentOf(libdir))}) {
        Path candidate = prefix == null ? null : prefix.resolve("bin/python" + version.group(1));
        if (candidate != null && Files.isExecutable(candidate)) {
          candidates.add(candidate.toString());
        }
      }
    }
    for (String python : candidates) {
      try {
        PythonInstallation installation = PythonInstallation.query(python);
        if (installation.library() != null && Files.isSameFile(installation.library(), library)) {
          return installation.executable();
        }
      } catch (IOException e) {
        // Not this one.
      }
    }
    return null;
  }

  private static Path parentOf(Path path) {
    return path == null ? null : path.getParent();
  }
}
