package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about {@code @PyModule} classes: one test per message. */
class ModuleValidationTest {
  @Test
  void moduleClassMustNotBePrivate() {
    JavaFileObject file =
        source(
            "Outer",
            """
            public class Outer {
              @PyModule
              private static class Hidden {
                @PyFunction public static void f() {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ModulePrivate] @PyModule class test.Outer.Hidden must not be private or inside a"
                + " private class")
        .inFile(file)
        .onLineContaining("class Hidden");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void moduleClassMustNotBeInsideAPrivateClass() {
    JavaFileObject file =
        source(
            "Outer",
            """
            public class Outer {
              private static class Hidden {
                @PyModule
                static class Module {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[ModulePrivate] @PyModule class test.Outer.Hidden.Module")
        .inFile(file)
        .onLineContaining("class Module");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void moduleClassMustNotBeAnInnerClass() {
    JavaFileObject file =
        source(
            "Outer",
            """
            public class Outer {
              @PyModule
              public class Inner {
                @PyFunction public static void f() {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ModuleNotStatic] @PyModule class test.Outer.Inner must be top-level or a static"
                + " nested class: generated code cannot reach it; add static or move it out")
        .inFile(file)
        .onLineContaining("class Inner");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void moduleNameMustBeAnIdentifier() {
    JavaFileObject file =
        source(
            "WordCount",
            """
            @PyModule(
                doc = "Counts.",
                name = "word-count")
            public class WordCount {}
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ModuleNameInvalid] module name 'word-count' is not a Python identifier")
        .inFile(file)
        .onLineContaining("name = \"word-count\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDottedModuleNameNeedsAnIdentifierInEveryPart() {
    JavaFileObject dotted = source("Native", "@PyModule(name = \"textstats._native\") public class Native {}");
    JavaFileObject empty = source("Empty", "@PyModule(name = \"textstats..native\") public class Empty {}");
    JavaFileObject keyword = source("Kw", "@PyModule(name = \"textstats.class\") public class Kw {}");
    Compilation compilation = compile(dotted, empty, keyword);
    assertThat(compilation)
        .hadErrorContaining("[ModuleNameInvalid] module name 'textstats..native' is not a Python identifier")
        .inFile(empty)
        .onLineContaining("textstats..native");
    assertThat(compilation)
        .hadErrorContaining("[ModuleNameKeyword] module name 'textstats.class' is or holds a Python keyword")
        .inFile(keyword)
        .onLineContaining("textstats.class");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void moduleNameMustNotBeAKeyword() {
    JavaFileObject explicit =
        source(
            "Imports",
            """
            @PyModule(
                name = "import")
            public class Imports {}
            """);
    JavaFileObject derived = source("Lambda", "@PyModule public class Lambda {}");
    Compilation compilation = compile(explicit, derived);
    assertThat(compilation)
        .hadErrorContaining(
            "[ModuleNameKeyword] module name 'import' is or holds a Python keyword: set"
                + " @PyModule(name = ...)")
        .inFile(explicit)
        .onLineContaining("name = \"import\"");
    assertThat(compilation)
        .hadErrorContaining("[ModuleNameKeyword] module name 'lambda' is or holds a Python keyword")
        .inFile(derived)
        .onLineContaining("class Lambda");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void moduleNamesAreUniqueInACompilation() {
    JavaFileObject first = source("First", "@PyModule(name = \"shared\") public class First {}");
    JavaFileObject second =
        source(
            "Second",
            """
            @PyModule(
                name = "shared")
            public class Second {}
            """);
    Compilation compilation = compile(first, second);
    assertThat(compilation)
        .hadErrorContaining(
            "[ModuleNameDuplicate] module name 'shared' is already used by test.First: give one a"
                + " different @PyModule(name = ...)")
        .inFile(second)
        .onLineContaining("name = \"shared\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void derivedModuleNamesClashToo() {
    JavaFileObject first = source("WordCount", "@PyModule public class WordCount {}");
    JavaFileObject second =
        source("Other", "@PyModule(name = \"word_count\")\npublic class Other {}");
    Compilation compilation = compile(first, second);
    assertThat(compilation)
        .hadErrorContaining("module name 'word_count' is already used by test.WordCount")
        .inFile(second)
        .onLineContaining("@PyModule");
    assertThat(compilation).hadErrorCount(1);
  }
}
