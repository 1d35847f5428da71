package dev.pyjava.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs javac with the processor into a real directory, as a build does: unlike Compile-Testing,
 * the output survives failed and repeated compilations.
 */
final class DirectoryCompiler {
  private DirectoryCompiler() {}

  /**
   * Compiles {@code sources}, writing classes, generated sources and resources under {@code
   * output}; the directory may hold an earlier build's output.
   *
   * @return the diagnostics
   */
  static DiagnosticCollector<JavaFileObject> compile(Path output, JavaFileObject... sources)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output));
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, List.of(), null, List.of(sources));
      task.setProcessors(List.of(new PyModuleProcessor()));
      task.call();
    }
    return diagnostics;
  }
}
