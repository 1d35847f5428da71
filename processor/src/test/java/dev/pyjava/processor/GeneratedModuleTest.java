package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.pyjava.runtime.PyBytes;
import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyFloat;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.PyStr;
import dev.pyjava.runtime.PyTuple;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles modules with the processor, then loads and runs what it generated. */
class GeneratedModuleTest {
  private static final String WORD_COUNT =
      """
      /**
       * Counts words in text files.
       *
       * <p>Uses {@code String.split}.
       *
       * @author nobody
       */
      @PyModule
      public final class WordCount {
        private WordCount() {}

        public static Python lastToken;
        public static int resets;

        /**
         * Describes a search for {@code search} in {@link java.nio.file.Path path}.
         *
         * @param path the file
         * @return what was asked
         */
        @PyFunction(signature = "(path, search, /, *, limit=10)")
        @AllowThreads
        public static String search(String path, String search, int limit) {
          return path + "|" + search + "|" + limit;
        }

        @PyFunction(name = "count_all")
        public static long countWords(List<String> lines) {
          return lines.stream().mapToLong(line -> line.split(" ").length).sum();
        }

        @PyFunction
        public static void reset() {
          resets++;
        }

        @PyFunction
        public static String tokenAndText(Python py, String text) {
          lastToken = py;
          return text;
        }

        @PyFunction
        public static int fail(String message) throws java.io.IOException {
          throw new java.io.IOException(message);
        }

        @PyFunction(
            signature =
                "(factor=2, label=None, max_count=None, verbose=True, sep='\\\\n', ratio=-1.5e-7,"
                    + " big=12345678901, maybe_big=None, maybe_ratio=3)")
        public static String defaults(
            double factor, Optional<String> label, Long maxCount, boolean verbose, String sep,
            double ratio, long big, Optional<Long> maybeBig, Optional<Double> maybeRatio) {
          return factor + "|" + label + "|" + maxCount + "|" + verbose + "|" + sep + "|" + ratio
              + "|" + big + "|" + maybeBig + "|" + maybeRatio;
        }

        @PyFunction
        public static Map<String, List<Optional<Long>>> nested(
            Map<String, List<Optional<Long>>> value, byte[] data, Boolean flag, Integer count,
            Double weight) {
          return value;
        }

        @PyFunction
        public static PyObject objects(
            PyStr s, PyLong l, PyFloat f, PyBytes b, PyList li, PyTuple t, PyDict d, PyObject o) {
          return o;
        }
      }
      """;

  private static final String OUTER =
      """
      public class Outer {
        /** Javadoc that an explicit doc replaces. */
        @PyModule(name = "explicit_name", doc = "Explicit doc.")
        public static class Inner {
          @PyFunction
          public static boolean parseURL(boolean strict) {
            return !strict;
          }
        }

        @PyModule
        interface Empty {}
      }
      """;

  private static Compilation compilation;
  private static CompiledClassLoader loader;
  private static ModuleDef wordCount;

  @BeforeAll
  static void compileModules() throws ReflectiveOperationException {
    compilation = compile(source("WordCount", WORD_COUNT), source("Outer", OUTER));
    assertThat(compilation).succeededWithoutWarnings();
    loader = new CompiledClassLoader(compilation);
    wordCount = module("test.WordCount_PyModule");
  }

  private static ModuleDef module(String providerClass) throws ReflectiveOperationException {
    return loader.newInstance(providerClass, ModuleProvider.class).module();
  }

  @Test
  void moduleHasTheDerivedNameTheJavadocAndFunctionsInSourceOrder() {
    assertEquals("word_count", wordCount.name());
    assertEquals("Counts words in text files.\n\n<p>Uses String.split.", wordCount.doc());
    assertEquals(
        List.of(
            "search", "count_all", "reset", "token_and_text", "fail", "defaults", "nested",
            "objects"),
        wordCount.functions().stream().map(FunctionDef::name).toList());
  }

  @Test
  void signatureGivesKindsAndDefaults() {
    FunctionDef search = wordCount.function("search");
    assertEquals("(path, search, /, *, limit=10)", search.signature());
    assertEquals(
        "Describes a search for search in path.\n\nArgs:\n    path: the file\n\nReturns:\n"
            + "    what was asked",
        search.doc());
    assertEquals(
        List.of(
            Parameter.required("path", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY),
            Parameter.required("search", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY),
            Parameter.optional("limit", TypeSpec.INT, ParameterKind.KEYWORD_ONLY, 10, "10")),
        search.parameters());
    assertEquals(TypeSpec.STRING, search.result());
    assertTrue(search.allowThreads());
  }

  @Test
  void wrapperPassesArgumentsInOrderAndReturnsTheResult() throws Throwable {
    assertEquals(
        "a.txt|x|7", wordCount.function("search").invoker().invoke(null, args("a.txt", "x", 7)));
  }

  @Test
  void withoutSignatureParametersArePositionalOrKeywordWithoutDefaults() throws Throwable {
    FunctionDef countAll = wordCount.function("count_all");
    assertEquals("(lines)", countAll.signature());
    assertEquals(
        List.of(
            Parameter.required(
                "lines", TypeSpec.list(TypeSpec.STRING), ParameterKind.POSITIONAL_OR_KEYWORD)),
        countAll.parameters());
    assertEquals(TypeSpec.LONG, countAll.result());
    assertFalse(countAll.allowThreads());
    assertNull(countAll.doc());
    assertEquals(3L, countAll.invoker().invoke(null, args(List.of("a b", "c"))));
  }

  @Test
  void voidMethodIsCalledAndGivesNull() throws Throwable {
    FunctionDef reset = wordCount.function("reset");
    assertEquals(TypeSpec.VOID, reset.result());
    assertEquals("()", reset.signature());
    int before = resets();
    assertNull(reset.invoker().invoke(null, args()));
    assertEquals(before + 1, resets());
  }

  @Test
  void tokenIsPassedThroughAndIsNoPythonParameter() throws Throwable {
    FunctionDef tokenAndText = wordCount.function("token_and_text");
    assertEquals("(text)", tokenAndText.signature());
    Python token = new Python(null);
    assertEquals("hi", tokenAndText.invoker().invoke(token, args("hi")));
    assertSame(token, loader.loadClass("test.WordCount").getField("lastToken").get(null));
  }

  @Test
  void exceptionsPassThroughUnwrapped() {
    IOException thrown =
        assertThrows(
            IOException.class,
            () -> wordCount.function("fail").invoker().invoke(null, args("disk on fire")));
    assertEquals("disk on fire", thrown.getMessage());
  }

  @Test
  void defaultsAreJavaValuesOfTheParameterType() throws Throwable {
    FunctionDef defaults = wordCount.function("defaults");
    assertEquals(
        "(factor=2, label=None, max_count=None, verbose=True, sep='\\n', ratio=-1.5e-07,"
            + " big=12345678901, maybe_big=None, maybe_ratio=3)",
        defaults.signature());
    List<Parameter> parameters = defaults.parameters();
    assertEquals(
        Arrays.asList(
            2.0, Optional.empty(), null, true, "\n", -1.5e-7, 12345678901L, Optional.empty(),
            Optional.of(3.0)),
        parameters.stream().map(Parameter::defaultValue).toList());
    assertEquals(
        List.of(
            TypeSpec.DOUBLE,
            TypeSpec.optional(TypeSpec.STRING),
            TypeSpec.BOXED_LONG,
            TypeSpec.BOOLEAN,
            TypeSpec.STRING,
            TypeSpec.DOUBLE,
            TypeSpec.LONG,
            TypeSpec.optional(TypeSpec.BOXED_LONG),
            TypeSpec.optional(TypeSpec.BOXED_DOUBLE)),
        parameters.stream().map(Parameter::type).toList());
    Object[] values = parameters.stream().map(Parameter::defaultValue).toArray();
    assertEquals(
        "2.0|Optional.empty|null|true|\n|-1.5E-7|12345678901|Optional.empty|Optional[3.0]",
        defaults.invoker().invoke(null, values));
  }

  @Test
  void nestedGenericsAndBoxesMapToTypeSpecs() throws Throwable {
    FunctionDef nested = wordCount.function("nested");
    TypeSpec mapOfLists = TypeSpec.map(TypeSpec.list(TypeSpec.optional(TypeSpec.BOXED_LONG)));
    assertEquals(
        List.of(
            mapOfLists,
            TypeSpec.BYTES,
            TypeSpec.BOXED_BOOLEAN,
            TypeSpec.BOXED_INT,
            TypeSpec.BOXED_DOUBLE),
        nested.parameters().stream().map(Parameter::type).toList());
    assertEquals(mapOfLists, nested.result());
    Map<String, List<Optional<Long>>> value = Map.of("k", List.of(Optional.of(1L)));
    assertSame(value, nested.invoker().invoke(null, args(value, new byte[0], null, 1, 2.0)));
  }

  @Test
  void pythonObjectInterfacesMapToObjectTypeSpecs() throws Throwable {
    FunctionDef objects = wordCount.function("objects");
    assertEquals(
        List.of(
            TypeSpec.object(PyStr.class),
            TypeSpec.object(PyLong.class),
            TypeSpec.object(PyFloat.class),
            TypeSpec.object(PyBytes.class),
            TypeSpec.object(PyList.class),
            TypeSpec.object(PyTuple.class),
            TypeSpec.object(PyDict.class),
            TypeSpec.object(PyObject.class)),
        objects.parameters().stream().map(Parameter::type).toList());
    assertEquals(TypeSpec.object(PyObject.class), objects.result());
    assertNull(objects.invoker().invoke(null, new Object[8]));
  }

  @Test
  void nestedModuleUsesExplicitNameAndDoc() throws Throwable {
    ModuleDef inner = module("test.Outer_Inner_PyModule");
    assertEquals("explicit_name", inner.name());
    assertEquals("Explicit doc.", inner.doc());
    FunctionDef parseUrl = inner.function("parse_url");
    assertEquals("(strict)", parseUrl.signature());
    assertEquals(TypeSpec.BOOLEAN, parseUrl.result());
    assertEquals(false, parseUrl.invoker().invoke(null, args(true)));
  }

  @Test
  void moduleWithoutFunctionsIsEmpty() throws ReflectiveOperationException {
    ModuleDef empty = module("test.Outer_Empty_PyModule");
    assertEquals("empty", empty.name());
    assertNull(empty.doc());
    assertEquals(List.of(), empty.functions());
  }

  @Test
  void servicesFileListsEveryProviderSorted() throws Exception {
    String services =
        compilation
            .generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, ServicesFile.PATH)
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertEquals(
        "test.Outer_Empty_PyModule\ntest.Outer_Inner_PyModule\ntest.WordCount_PyModule\n",
        services);
    for (String provider : services.strip().split("\n")) {
      assertTrue(loader.newInstance(provider, ModuleProvider.class).module() != null);
    }
  }

  @Test
  void everyModuleHasAMarkerNamedAfterItsPythonName() throws Exception {
    for (String[] module :
        new String[][] {
          {"word_count", "test.WordCount_PyModule"},
          {"empty", "test.Outer_Empty_PyModule"},
        }) {
      String marker =
          compilation
              .generatedFile(
                  javax.tools.StandardLocation.CLASS_OUTPUT, ModuleMarker.FOLDER + module[0])
              .orElseThrow()
              .getCharContent(true)
              .toString();
      assertEquals(module[1] + "\n", marker);
    }
  }

  private static int resets() throws ReflectiveOperationException {
    return loader.loadClass("test.WordCount").getField("resets").getInt(null);
  }

  private static Object[] args(Object... values) {
    return values;
  }
}
