package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The one golden file: the exact text generated for a typical module, to catch code that works
 * but reads badly, compiled with lint warnings on. Behaviour is tested by running generated
 * code elsewhere.
 */
class GoldenFileTest {
  static final JavaFileObject WORD_COUNT =
      source(
          "WordCount",
          """
          /** Counts words, in parallel. */
          @PyModule
          public final class WordCount {
            private WordCount() {}

            /** Counts the lines of the file at {@code path} that contain {@code search}. */
            @PyFunction(signature = "(path, search, /, *, limit=10, encoding='utf-8')")
            @AllowThreads
            public static long search(String path, String search, int limit, String encoding) {
              return 0;
            }

            @PyFunction
            public static List<String> splitLines(Python py, List<String> texts) {
              return texts;
            }

            @PyFunction(name = "reset_cache")
            public static void reset() {}
          }
          """);

  @Test
  void generatedSourceMatchesTheGoldenFile() throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new PyModuleProcessor())
            .withOptions("-Xlint:all,-processing")
            .compile(WORD_COUNT);
    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation
            .generatedSourceFile("test.WordCount_PyModule")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertEquals(golden("golden/WordCount_PyModule.java"), generated);
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = GoldenFileTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
