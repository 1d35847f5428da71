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
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The exact {@code .pyi} stub written for a module using most kinds of declaration and type. */
class StubGoldenFileTest {
  private static final JavaFileObject STORE =
      source(
          "Store",
          """
          /** A small store. */
          @PyModule
          public final class Store {
            private Store() {}

            /** The most items a basket holds. */
            @PyConstant public static final int LIMIT = 10;

            /** Finds items. */
            @PyFunction(signature = "(name, /, *, limit=10, exact=True, label=None)")
            public static List<Item> find(
                String name, long limit, boolean exact, Optional<String> label) {
              return List.of();
            }

            @PyFunction(signature = "(*names, **prices)")
            public static Map<String, Long> tally(List<String> names, Map<String, Double> prices) {
              return Map.of();
            }

            @PyFunction
            public static Iterator<Set<Integer>> groups(
                byte[] data, double[] weights, java.util.function.Function<String, Integer> key,
                java.nio.file.Path where, Integer maybe) {
              return null;
            }

            @PyFunction
            public static byte[] raw(java.math.BigDecimal price, java.time.LocalDate day) {
              return null;
            }

            /** How an item is packed. */
            @PyClass
            public enum Packing { LOOSE, BOXED }

            /** An item for sale. */
            @PyClass
            public static final class Item {
              /** A new item. */
              @PyConstructor
              public Item(String name) {}

              @PyGetter
              public String name() {
                return "";
              }

              @PySetter
              public void name(String name) {}

              @PyFunction
              public Item copy() {
                return this;
              }

              @PyFunction
              public static Item blank() {
                return new Item("");
              }
            }
          }
          """);

  @Test
  void stubMatchesTheGoldenFile() throws IOException {
    Compilation compilation =
        Compiler.javac().withProcessors(new PyModuleProcessor()).compile(STORE);
    assertThat(compilation).succeeded();
    String stub =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/pyjava/stubs/store.pyi")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertEquals(golden("golden/store.pyi"), stub);
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = StubGoldenFileTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
