package dev.pyjava.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The package files of a wheel: the project's Python sources, one import shim, stub and
 * {@code py.typed} per Java module, and the jars.
 *
 * <p>The shim of module {@code word_count} is {@code word_count/__init__.py} (of {@code
 * textstats._native}, {@code textstats/_native.py}); importing it asks the bridge for the Java
 * module and puts that in its place, so the import is an ordinary one that tools and IDEs see.
 */
final class WheelContents {
  private static final String MARKERS = "META-INF/pyjava/modules";
  private static final String STUBS = "META-INF/pyjava/stubs";

  private final Map<String, byte[]> files = new TreeMap<>();

  /** Adds every file under {@code folder} (or under its {@code includes}, when given) at its relative path. */
  void addPythonSources(Path folder, List<String> includes) throws IOException {
    List<Path> roots = includes.isEmpty() ? List.of(folder) : includes.stream().map(folder::resolve).toList();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IllegalArgumentException("[WheelSources] " + root + " does not exist: fix pythonSources or pythonIncludes");
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
          String relative = folder.relativize(path).toString().replace('\\', '/');
          if (!relative.contains("__pycache__/") && !relative.endsWith(".pyc")) {
            add(relative, Files.readAllBytes(path));
          }
        }
      }
    }
  }

  /** The Java modules that {@code classes} (a class folder) has markers for, sorted. */
  static List<String> modules(Path classes) throws IOException {
    Path markers = classes.resolve(MARKERS);
    if (!Files.isDirectory(markers)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(markers)) {
      return list.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  /** Adds the shim, the stub (when the processor wrote one into {@code classes}) and {@code py.typed} of {@code module}. */
  void addModule(String module, String distribution, Path classes) throws IOException {
    if (!PythonNames.isModuleName(module)) {
      throw new IllegalArgumentException("[WheelModule] '" + module + "' is not a Python module name");
    }
    String path = module.replace('.', '/');
    boolean dotted = module.contains(".");
    String base = dotted ? path : path + "/__init__";
    String topPackage = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
    if (dotted) {
      String parent = path.substring(0, path.lastIndexOf('/'));
      if (!files.containsKey(parent + "/__init__.py")) {
        throw new IllegalArgumentException(
            "[WheelPackage] the Java module "
                + module
                + " lives in the package "
                + parent.replace('/', '.')
                + ", but pythonSources has no "
                + parent
                + "/__init__.py: add it");
      }
    }
    add(base + ".py", shim(module, distribution).getBytes(StandardCharsets.UTF_8));
    Path stub = classes.resolve(STUBS).resolve(module + ".pyi");
    if (Files.isRegularFile(stub)) {
      add(base + ".pyi", Files.readAllBytes(stub));
    }
    files.putIfAbsent(topPackage + "/py.typed", new byte[0]);
  }

  /** Adds a jar as {@code folder/name}. */
  void addJar(String folder, String name, Path jar) throws IOException {
    add(folder + "/" + name, Files.readAllBytes(jar));
  }

  /** Every file, in path order. */
  List<WheelFile> files() {
    List<WheelFile> list = new ArrayList<>();
    files.forEach((path, data) -> list.add(new WheelFile(path, data)));
    return list;
  }

  private void add(String path, byte[] data) {
    if (files.putIfAbsent(path, data) != null) {
      throw new IllegalArgumentException("[WheelClash] two files want the wheel path " + path + ": rename one");
    }
  }

  static String shim(String module, String distribution) {
    return "\"\"\"The Java module "
        + module
        + " of "
        + distribution
        + ": importing this file imports it through pyjava.\"\"\"\n\n"
        + "import pyjava._installed\n\n"
        + "pyjava._installed.load(__name__, "
        + pythonString(distribution)
        + ")\n";
  }

  private static String pythonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
