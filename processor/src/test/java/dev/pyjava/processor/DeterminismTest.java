package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same input gives the same bytes, whatever the order of the sources. */
class DeterminismTest {
  private static final JavaFileObject OTHER =
      source(
          "Other",
          """
          @PyModule
          public class Other {
            @PyFunction(signature = "(a, b=1.5, *, c=None)")
            public static Map<String, Long> other(String a, double b, Optional<String> c) {
              return Map.of();
            }
          }
          """);

  @Test
  void compilingTwiceGivesIdenticalOutput() throws IOException {
    Map<String, String> first = generatedText(compile(GoldenFileTest.WORD_COUNT, OTHER));
    Map<String, String> second = generatedText(compile(OTHER, GoldenFileTest.WORD_COUNT));
    assertEquals(
        Set.of(
            "/SOURCE_OUTPUT/test/WordCount_PyModule.java",
            "/SOURCE_OUTPUT/test/Other_PyModule.java",
            "/CLASS_OUTPUT/" + ServicesFile.PATH,
            "/CLASS_OUTPUT/" + ModuleMarker.FOLDER + "word_count",
            "/CLASS_OUTPUT/" + ModuleMarker.FOLDER + "other",
            "/CLASS_OUTPUT/" + StubWriter.FOLDER + "word_count.pyi",
            "/CLASS_OUTPUT/" + StubWriter.FOLDER + "other.pyi"),
        first.keySet());
    assertEquals(first, second);
  }

  /** Each generated source and resource file, by path. */
  private static Map<String, String> generatedText(Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> text = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        text.put(file.toUri().getPath(), file.getCharContent(true).toString());
      }
    }
    return text;
  }
}
