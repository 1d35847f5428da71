package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.JavaFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error in one pass, nothing generated for a module with errors, bugs reported not thrown.
 */
class ErrorReportingTest {
  private static final JavaFileObject BROKEN =
      source(
          "Broken",
          """
          @PyModule(
              name = "bad-name")
          class Broken {
            @PyFunction
            static void notPublic() {}

            @PyFunction
            public static Thread unsupportedResult(
                Set<Thread> unsupportedParameter) {
              return null;
            }

            @PyFunction(
                signature = "(a, b)")
            public static void extraName(int a) {}

            @PyFunction
            @AllowThreads
            public static void lockBound(
                Python py) {}
          }
          """);

  private static final JavaFileObject FINE =
      source(
          "Fine",
          """
          @PyModule
          public class Fine {
            @PyFunction
            public static int one() {
              return 1;
            }
          }
          """);

  @Test
  void reportsEveryErrorInOnePass() {
    Compilation compilation = compile(BROKEN, FINE);
    assertThat(compilation)
        .hadErrorContaining("[ModuleNameInvalid]")
        .inFile(BROKEN)
        .onLineContaining("bad-name");
    assertThat(compilation)
        .hadErrorContaining("[FunctionNotPublicStatic]")
        .inFile(BROKEN)
        .onLineContaining("notPublic()");
    assertThat(compilation)
        .hadErrorContaining("[ReturnTypeUnsupported]")
        .inFile(BROKEN)
        .onLineContaining("unsupportedResult(");
    assertThat(compilation)
        .hadErrorContaining("[ParameterTypeUnsupported]")
        .inFile(BROKEN)
        .onLineContaining("unsupportedParameter");
    assertThat(compilation)
        .hadErrorContaining("[SignatureParameterUnknown] signature names 'b'")
        .inFile(BROKEN)
        .onLineContaining("(a, b)");
    assertThat(compilation)
        .hadErrorContaining("[AllowThreadsLockBoundParameter]")
        .inFile(BROKEN)
        .onLineContaining("Python py");
    assertThat(compilation).hadErrorCount(6);
  }

  @Test
  void generatesNothingForAModuleWithErrorsButStillForCleanOnes(@TempDir Path output)
      throws Exception {
    List<Diagnostic<? extends JavaFileObject>> diagnostics =
        DirectoryCompiler.compile(output, BROKEN, FINE).getDiagnostics();
    assertEquals(6, diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count());
    assertFalse(Files.exists(output.resolve("test/Broken_PyModule.java")));
    assertTrue(Files.exists(output.resolve("test/Fine_PyModule.java")));
  }

  @Test
  void aFailedWriteIsReported() {
    JavaFileObject topLevel =
        source("Outer_Inner", "@PyModule(name = \"first\")\npublic class Outer_Inner {}");
    JavaFileObject nested =
        source(
            "Outer",
            """
            public class Outer {
              @PyModule(name = "second")
              public static class Inner {}
            }
            """);
    Compilation compilation = compile(topLevel, nested);
    assertThat(compilation)
        .hadErrorContaining("[WriteFailed] could not write test.Outer_Inner_PyModule: ")
        .inFile(nested)
        .onLineContaining("class Inner");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aProcessorBugIsReportedOnTheModuleNotThrown() {
    Function<ModuleModel, JavaFile> buggyWriter =
        model -> {
          if (model.pythonName().equals("fine")) {
            throw new IllegalStateException("writer bug");
          }
          return ModuleWriter.write(model);
        };
    JavaFileObject other = source("Other", "@PyModule public class Other {}");
    Compilation compilation =
        Compiler.javac().withProcessors(new PyModuleProcessor(buggyWriter)).compile(FINE, other);
    assertThat(compilation)
        .hadErrorContaining("FATAL ERROR: java.lang.IllegalStateException: writer bug")
        .inFile(FINE)
        .onLineContaining("public class Fine");
    assertThat(compilation).hadErrorCount(1);
  }
}
