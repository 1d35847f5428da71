package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about the members of a {@code @PyClass}: constructors, methods, getters and setters; one
 * test per message.
 */
class ClassMemberValidationTest {
  /** Two constructors for one type. */
  @Test
  void oneConstructor() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PyConstructor
                public Box() {}

                @PyConstructor
                public Box(int size) {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ConstructorDuplicate] @PyClass class Box has more than one @PyConstructor: Python"
                + " types have one constructor; keep one")
        .inFile(file)
        .onLineContaining("public Box(int size)");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A constructor generated code cannot call. */
  @Test
  void constructorMustBePublic() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PyConstructor
                Box() {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ConstructorNotPublic] @PyConstructor must be public: make the constructor public")
        .inFile(file)
        .onLineContaining("Box() {}");
    assertThat(compilation).hadErrorCount(1);
  }

  /** An abstract class cannot be instantiated. */
  @Test
  void constructorMustNotBeInAnAbstractClass() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public abstract static class Shape {
                @PyConstructor
                public Shape() {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ConstructorInAbstractClass] @PyConstructor cannot create instances of abstract class"
                + " Shape: remove @PyConstructor, or make the class concrete")
        .inFile(file)
        .onLineContaining("public Shape() {}");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A method generated code cannot call. */
  @Test
  void methodMustBePublic() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PyFunction
                void hidden() {}

                @PyFunction
                static void helper() {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MethodNotPublic] @PyFunction method hidden of a @PyClass must be public")
        .inFile(file)
        .onLineContaining("hidden()");
    assertThat(compilation)
        .hadErrorContaining(
            "[MethodNotPublic] @PyFunction method helper of a @PyClass must be public")
        .inFile(file)
        .onLineContaining("helper()");
    assertThat(compilation).hadErrorCount(2);
  }

  /** Getters and setters generated code cannot call on an instance. */
  @Test
  void accessorsMustBePublicInstanceMethods() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PyGetter
                int size() {
                  return 0;
                }

                @PySetter
                public static void setSize(int size) {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[AccessorNotPublicInstance] @PyGetter method size must be public and not static")
        .inFile(file)
        .onLineContaining("int size()");
    assertThat(compilation)
        .hadErrorContaining(
            "[AccessorNotPublicInstance] @PySetter method setSize must be public and not static")
        .inFile(file)
        .onLineContaining("setSize(int size)");
    assertThat(compilation).hadErrorCount(2);
  }

  /** A getter with a parameter. */
  @Test
  void getterTakesNoParameters() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PyGetter
                public int size(int scale) {
                  return scale;
                }
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[GetterParameters] @PyGetter method size must take no parameters: a getter reads the"
                + " property of its instance")
        .inFile(file)
        .onLineContaining("size(int scale)");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A void getter. */
  @Test
  void getterReturnsAValue() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PyGetter
                public void getNothing() {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[GetterVoid] @PyGetter method getNothing must return the property's value, not void")
        .inFile(file)
        .onLineContaining("getNothing()");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Setters of the wrong shape. */
  @Test
  void setterTakesOneValueAndReturnsVoid() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PySetter
                public void setBoth(int a, int b) {}

                @PySetter
                public int setSize(int size) {
                  return size;
                }
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[SetterShape] @PySetter method setBoth must take exactly one parameter, the new value,"
                + " and return void")
        .inFile(file)
        .onLineContaining("setBoth(");
    assertThat(compilation)
        .hadErrorContaining(
            "[SetterShape] @PySetter method setSize must take exactly one parameter, the new value,"
                + " and return void")
        .inFile(file)
        .onLineContaining("setSize(");
    assertThat(compilation).hadErrorCount(2);
  }

  /** A setter alone, and one whose type differs from its getter's. */
  @Test
  void setterNeedsAGetterOfItsType() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PySetter
                public void setSize(int size) {}

                @PyGetter
                public long getWidth() {
                  return 0;
                }

                @PySetter
                public void setWidth(int width) {}
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[SetterWithoutGetter] @PySetter method setSize sets property 'size', which no"
                + " @PyGetter of type int reads: add the getter, or give both the same name and"
                + " type")
        .inFile(file)
        .onLineContaining("setSize(");
    assertThat(compilation)
        .hadErrorContaining(
            "@PySetter method setWidth sets property 'width', which no @PyGetter of type int reads")
        .inFile(file)
        .onLineContaining("setWidth(");
    assertThat(compilation).hadErrorCount(2);
  }

  /** A property name Python cannot spell. */
  @Test
  void propertyNameMustBeAnIdentifier() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PyGetter(name = "not-ok")
                public int size() {
                  return 0;
                }

                @PyGetter(name = "def")
                public int other() {
                  return 0;
                }
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[PropertyNameInvalid] property name 'not-ok' is not a Python identifier (letters,"
                + " digits and _, not starting with a digit) or is a keyword: set name = ...")
        .inFile(file)
        .onLineContaining("name = \"not-ok\"");
    assertThat(compilation)
        .hadErrorContaining("property name 'def' is not a Python identifier")
        .inFile(file)
        .onLineContaining("name = \"def\"");
    assertThat(compilation).hadErrorCount(2);
  }

  /** A property named like a method. */
  @Test
  void memberNamesAreUnique() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public final class Module {
              @PyClass
              public static final class Box {
                @PyFunction
                public int size() {
                  return 0;
                }

                @PyGetter
                public int getSize() {
                  return 0;
                }
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MemberNameDuplicate] name 'size' is already used by size() in class Box: give one a"
                + " different name")
        .inFile(file)
        .onLineContaining("getSize()");
    assertThat(compilation).hadErrorCount(1);
  }
}
