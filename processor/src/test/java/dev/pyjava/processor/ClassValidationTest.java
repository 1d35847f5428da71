package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about {@code @PyClass} classes and the modules they belong to: one test per message. */
class ClassValidationTest {
  /** A @PyClass that generated code cannot reach. */
  @Test
  void classMustBePublic() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              static final class Box {

              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassNotPublic] @PyClass class test.Module.Box must be public: Python code reaches"
                + " its instances from the module's generated code; make it public")
        .inFile(file)
        .onLineContaining("class Box");
    assertThat(compilation).hadErrorCount(1);
  }

  /** An inner class needs an outer instance. */
  @Test
  void classMustBeStatic() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public final class Box {

              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassNotStatic] @PyClass class test.Module.Box must be top-level or a static nested"
                + " class: an inner class needs an outer instance; add static")
        .inFile(file)
        .onLineContaining("class Box");
    assertThat(compilation).hadErrorCount(1);
  }

  /** An interface has no instances of its own. */
  @Test
  void classMustNotBeAnInterface() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public interface Shape {

              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassInterface] @PyClass applies to classes, not to interface test.Module.Shape:"
                + " annotate a class that implements it")
        .inFile(file)
        .onLineContaining("interface Shape");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Python cannot choose a type variable. */
  @Test
  void classMustNotBeGeneric() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box<T> {

              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassGeneric] @PyClass class test.Module.Box must not be generic: Python cannot"
                + " choose its type variables; use concrete types")
        .inFile(file)
        .onLineContaining("class Box<T>");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A type name Python cannot spell. */
  @Test
  void classNameMustBeAnIdentifier() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass(name = "2box")
              public static final class Box {

              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassNameInvalid] type name '2box' is not a Python identifier (letters, digits and _,"
                + " not starting with a digit): set @PyClass(name = ...)")
        .inFile(file)
        .onLineContaining("name = \"2box\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A type named like a keyword. */
  @Test
  void classNameMustNotBeAKeyword() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass(name = "class")
              public static final class Box {

              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassNameKeyword] type name 'class' is a Python keyword: set @PyClass(name = ...)")
        .inFile(file)
        .onLineContaining("name = \"class\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A type named like a function of its module. */
  @Test
  void classNameMustBeFreeInTheModule() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyFunction
              public static void thing() {}

              @PyClass(name = "thing")
              public static final class Box {

              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassNameDuplicate] name 'thing' is already used by thing() in this module: give one"
                + " a different name")
        .inFile(file)
        .onLineContaining("name = \"thing\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A listed class without @PyClass. */
  @Test
  void listedClassMustBeAPyClass() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule(classes = Plain.class)
            public final class Module {

            }

            class Plain {}
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassListedWithoutAnnotation] class test.Plain is listed in @PyModule(classes = ...)"
                + " but has no @PyClass: annotate it or remove it from the list")
        .inFile(file)
        .onLineContaining("classes = Plain.class");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A @PyClass that no module nests or lists. */
  @Test
  void classMustBelongToAModule() {
    JavaFileObject file =
        source(
            "Lonely",
            """
            @PyClass
            public final class Lonely {}
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassOutsideModule] @PyClass class test.Lonely belongs to no module: make it a static"
                + " nested class of a @PyModule class or list it in @PyModule(classes = ...)")
        .inFile(file)
        .onLineContaining("@PyClass");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Two modules that list one class. */
  @Test
  void classMustBelongToOneModule() {
    JavaFileObject file1 =
        source(
            "Shared",
            """
            @PyClass
            public final class Shared {}
            """);
    JavaFileObject file2 =
        source(
            "First",
            """
            @PyModule(name = "first", classes = Shared.class)
            public final class First {}

            @PyModule(name = "second", classes = Shared.class)
            final class Second {}
            """);
    Compilation compilation = compile(file1, file2);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassInTwoModules] @PyClass class test.Shared already belongs to module first: a"
                + " class belongs to one module; remove it from one")
        .inFile(file2)
        .onLineContaining("name = \"second\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aBaseMustBeATypeOfTheSameModule() {
    JavaFileObject file =
        source(
            "Bases",
            """
            @PyModule(name = "bases")
            public final class Bases {
              @PyClass
              public static class Base {}
            }

            @PyModule(name = "derived")
            final class Derived {
              @PyClass
              public static final class Child extends Middle {}

              public static class Middle extends Bases.Base {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassBaseOtherModule] @PyClass class test.Derived.Child extends @PyClass"
                + " test.Bases.Base, which is not a type of module derived: a Python type and its"
                + " base must be made by one module; nest or list both in the same @PyModule")
        .inFile(file)
        .onLineContaining("class Child");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Class members in a class without @PyClass. */
  @Test
  void classMembersNeedAPyClass() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyConstructor
            public Module() {}

              @PyGetter
              public int size() {
                return 0;
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ClassMemberOutsideClass] @PyConstructor applies only to members of a @PyClass:"
                + " annotate Module with @PyClass or remove @PyConstructor")
        .inFile(file)
        .onLineContaining("@PyConstructor");
    assertThat(compilation)
        .hadErrorContaining(
            "@PyGetter applies only to members of a @PyClass: annotate Module with @PyClass or"
                + " remove @PyGetter")
        .inFile(file)
        .onLineContaining("@PyGetter");
    assertThat(compilation).hadErrorCount(2);
  }
}
