package dev.pyjava.processor;

import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services file across incremental builds that share one class output directory. */
class ServicesFileTest {
  private static final JavaFileObject ALPHA =
      source("Alpha", "@PyModule public class Alpha {}");
  private static final JavaFileObject BETA = source("Beta", "@PyModule public class Beta {}");

  @Test
  void laterBuildsMergeWithEarlierEntries(@TempDir Path output) throws Exception {
    compileCleanly(output, BETA);
    assertEquals(List.of("test.Beta_PyModule"), services(output));

    compileCleanly(output, ALPHA);
    assertEquals(List.of("test.Alpha_PyModule", "test.Beta_PyModule"), services(output));

    compileCleanly(output, ALPHA, BETA);
    assertEquals(List.of("test.Alpha_PyModule", "test.Beta_PyModule"), services(output));
  }

  @Test
  void handWrittenCommentsAndBlankLinesAreDropped(@TempDir Path output) throws Exception {
    Path file = output.resolve(ServicesFile.PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# modules\n\ntest.Gamma_PyModule  # by hand\n");
    compileCleanly(output, ALPHA);
    assertEquals(List.of("test.Alpha_PyModule", "test.Gamma_PyModule"), services(output));
  }

  @Test
  void aBuildWithoutModulesLeavesTheFileAlone(@TempDir Path output) throws Exception {
    compileCleanly(output, BETA);
    compileCleanly(output, source("Plain", "public class Plain {}"));
    assertEquals(List.of("test.Beta_PyModule"), services(output));
  }

  private static void compileCleanly(Path output, JavaFileObject... sources) throws Exception {
    List<Diagnostic<? extends JavaFileObject>> errors =
        DirectoryCompiler.compile(output, sources).getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .toList();
    assertEquals(List.of(), errors);
  }

  private static List<String> services(Path output) throws Exception {
    return Files.readAllLines(output.resolve(ServicesFile.PATH));
  }
}
