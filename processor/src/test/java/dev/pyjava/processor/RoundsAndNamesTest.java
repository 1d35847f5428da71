package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Types that appear in later rounds or never, and class names that clash with runtime ones. */
class RoundsAndNamesTest {
  @Test
  void aMissingTypeIsLeftToJavacToReport() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static void f(DoesNotExist value) {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aModuleWaitsForTypesThatALaterRoundGenerates() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static void f(Later value) {}
            }
            """);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new PyModuleProcessor(), new GeneratesLater())
            .compile(file);
    // Judged once Later exists: the resolved name shows the module was not judged too early.
    assertThat(compilation)
        .hadErrorContaining("[ParameterTypeUnsupported] parameter type test.Later is not supported")
        .inFile(file)
        .onLineContaining("Later value");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aModuleWaitsForTypesItsClassesMembersMention() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyClass
              public static final class Box {
                @PyGetter
                public Later getLater() {
                  return null;
                }
              }
            }
            """);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new PyModuleProcessor(), new GeneratesLater())
            .compile(file);
    assertThat(compilation)
        .hadErrorContaining("[ReturnTypeUnsupported] return type test.Later is not supported")
        .inFile(file)
        .onLineContaining("getLater()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void moduleClassesNamedLikeRuntimeTypesStillCompile() throws ReflectiveOperationException {
    Compilation compilation =
        compile(
            source(
                "Parameter",
                """
                @PyModule
                public class Parameter {
                  @PyFunction
                  public static java.util.List<String> list(java.util.List<String> values) {
                    return values;
                  }
                }
                """),
            source(
                "List",
                """
                @PyModule(name = "lists")
                public class List {
                  @PyFunction
                  public static java.util.List<Long> longs(java.util.List<Long> values) {
                    return values;
                  }
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClassLoader loader = new CompiledClassLoader(compilation);
    ModuleDef parameter =
        loader.newInstance("test.Parameter_PyModule", ModuleProvider.class).module();
    assertEquals("(values)", parameter.function("list").signature());
    ModuleDef lists = loader.newInstance("test.List_PyModule", ModuleProvider.class).module();
    assertEquals("(values)", lists.function("longs").signature());
  }

  @Test
  void modulesInTheUnnamedPackageWork() throws ReflectiveOperationException {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceString(
                "Top",
                """
                import dev.pyjava.annotations.PyFunction;
                import dev.pyjava.annotations.PyModule;

                @PyModule
                public class Top {
                  @PyFunction
                  public static int twice(int value) {
                    return 2 * value;
                  }
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
    ModuleDef module =
        new CompiledClassLoader(compilation)
            .newInstance("Top_PyModule", ModuleProvider.class)
            .module();
    assertEquals("top", module.name());
  }

  /** Generates {@code test.Later} in the first round, as another processor might. */
  private static final class GeneratesLater extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
          writer.write("package test;\npublic class Later {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
