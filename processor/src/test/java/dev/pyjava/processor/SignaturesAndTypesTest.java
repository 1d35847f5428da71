package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.pyjava.runtime.ModuleRegistry;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import dev.pyjava.runtime.purejava.PureJavaBackend;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code *args}, {@code **kwargs}, {@code @PyConstant} and exception classes: each error message
 * once, and a generated module that uses them, called on the pure-Java backend.
 */
class SignaturesAndTypesTest {
  private static final String MODULE =
      """
      @PyModule
      public final class Sigs {
        @PyConstant public static final String VERSION = "1.2";
        @PyConstant(name = "LIMITS") public static final List<Integer> LIMIT_LIST = List.of(1, 2);
        @PyConstant public static final Optional<String> NOTHING = Optional.empty();

        @PyFunction(signature = "(a, *args, b=1, **kwargs)")
        public static String describe(
            int a, List<Integer> args, int b, Map<String, PyObject> kwargs) {
          StringBuilder out = new StringBuilder(a + "|" + args + "|" + b + "|");
          kwargs.forEach((k, v) -> out.append(k).append('=').append(v.repr()).append(';'));
          return out.toString();
        }

        @PyFunction(signature = "(*names)")
        public static int count(List<String> names) {
          return names.size();
        }

        /** Raised for bad signatures. */
        @PyClass
        public static class SigError extends dev.pyjava.runtime.exceptions.PyValueError {
          public SigError(String message) {
            super(message);
          }
        }

        @PyFunction
        public static void fail(String message) {
          throw new SigError(message);
        }
      }
      """;

  private static void assertSingleError(JavaFileObject file, String message, String line) {
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  /** A module with one function, {@code javaParameters} and {@code signature}. */
  private static JavaFileObject function(String signature, String javaParameters) {
    return source(
        "Module",
        """
        @PyModule
        public class Module {
          @PyFunction(
              signature = "%s")
          public static void f(%s) {}
        }
        """
            .formatted(signature, javaParameters));
  }

  /** A module with one constant declared as {@code declaration}. */
  private static JavaFileObject constant(String declaration) {
    return source(
        "Module",
        """
        @PyModule
        public class Module {
          %s

          @PyFunction
          public static void f() {}
        }
        """
            .formatted(declaration));
  }

  @Test
  void kwargsMustComeLast() {
    assertSingleError(
        function("(a, **kw, b)", "int a, Map<String, Integer> kw, int b"),
        "[SignatureKwargsNotLast] signature has 'b' after '**kw': put **kw last",
        "signature = ");
  }

  @Test
  void argsMustBeAList() {
    assertSingleError(
        function("(*args)", "String args"),
        "[SignatureVarargsType] '*args' collects the extra positional arguments as a list, so its"
            + " Java type must be List<T>, not java.lang.String",
        "signature = ");
  }

  @Test
  void kwargsMustBeAMap() {
    assertSingleError(
        function("(**kw)", "List<Integer> kw"),
        "[SignatureKwargsType] '**kw' collects the extra keyword arguments as a dict, so its Java"
            + " type must be Map<String, T>, not java.util.List<java.lang.Integer>",
        "signature = ");
  }

  @Test
  void argsTakesNoDefault() {
    assertSingleError(
        function("(*args=1)", "List<Integer> args"),
        "[SignatureSyntax] signature does not parse at column 7: *args cannot have a default",
        "signature = ");
  }

  @Test
  void argsIsTheOneStar() {
    assertSingleError(
        function("(*args, *, b)", "List<Integer> args, int b"),
        "[SignatureMarkerRepeated] signature has more than one '*': keep one",
        "signature = ");
  }

  @Test
  void constantsBelongToAModule() {
    assertSingleError(
        source(
            "Holder",
            """
            public class Holder {
              @PyConstant public static final int X = 1;
            }
            """),
        "[ConstantOutsideModule] @PyConstant field must be in a @PyModule class: annotate Holder"
            + " with @PyModule or move the field into one",
        "int X");
  }

  @Test
  void constantsArePublicStaticFinal() {
    assertSingleError(
        constant("@PyConstant public static int X = 1;"),
        "[ConstantNotPublicStaticFinal] @PyConstant field X must be public static final",
        "int X");
  }

  @Test
  void constantsHaveAConvertedType() {
    assertSingleError(
        constant("@PyConstant public static final Object X = null;"),
        "[ConstantTypeUnsupported] @PyConstant field type java.lang.Object is not supported",
        "Object X");
  }

  @Test
  void constantsAreNotPythonObjects() {
    assertSingleError(
        constant("@PyConstant public static final PyObject X = null;"),
        "[ConstantTypeUnsupported] @PyConstant field type dev.pyjava.runtime.PyObject is not"
            + " supported",
        "PyObject X");
  }

  @Test
  void constantNamesArePythonNames() {
    assertSingleError(
        constant("@PyConstant(name = \"class\") public static final int X = 1;"),
        "[ConstantNameInvalid] constant name 'class' is not a Python identifier",
        "int X");
  }

  @Test
  void constantNamesAreUnique() {
    assertSingleError(
        constant("@PyConstant(name = \"f\") public static final int X = 1;"),
        "[ClassNameDuplicate] name 'f' is already used by a function in this module",
        "int X");
  }

  /** A module with one nested class declared as {@code declaration}. */
  private static JavaFileObject nestedClass(String declaration) {
    return source(
        "Module",
        """
        @PyModule
        public class Module {
          %s
        }
        """
            .formatted(declaration));
  }

  @Test
  void exceptionClassesExtendARuntimeException() {
    assertSingleError(
        nestedClass("@PyClass public static class Bad extends IllegalStateException {}"),
        "[ExceptionNotPyException] @PyClass exception test.Module.Bad must extend"
            + " dev.pyjava.runtime.exceptions.PyException or one of its subclasses",
        "class Bad");
  }

  @Test
  void exceptionClassesHaveNoMembers() {
    assertSingleError(
        nestedClass(
            """
            @PyClass public static class Bad extends dev.pyjava.runtime.exceptions.PyKeyError {
              public Bad(String message) { super(message); }
              @PyFunction public int code() { return 1; }
            }
            """),
        "[ExceptionMembers] @PyClass exception test.Module.Bad cannot have @PyConstructor,"
            + " @PyFunction, @PyGetter or @PySetter members",
        "class Bad");
  }

  @Test
  void enumClassesHaveNoMembers() {
    assertSingleError(
        nestedClass(
            """
            @PyClass public enum Bad {
              A;
              @PyFunction public int code() { return 1; }
            }
            """),
        "[EnumMembers] @PyClass enum test.Module.Bad cannot have @PyConstructor, @PyFunction,"
            + " @PyGetter or @PySetter members",
        "enum Bad");
  }

  @Test
  void anEnumIsAMapKeyAndASetElement() {
    Compilation compilation =
        compile(
            nestedClass(
                """
                @PyClass public enum Color { RED, GREEN }

                @PyFunction
                public static java.util.Map<Color, Integer> counts(java.util.Set<Color> colors) {
                  return null;
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theGeneratedModuleCollectsArgumentsAndHasItsConstants() throws ReflectiveOperationException {
    Compilation compilation = compile(source("Sigs", MODULE));
    assertThat(compilation).succeededWithoutWarnings();
    ModuleProvider provider =
        new CompiledClassLoader(compilation).newInstance("test.Sigs_PyModule", ModuleProvider.class);
    PureJavaBackend backend = new PureJavaBackend(ModuleRegistry.load(List.of(provider)));
    long ticket = backend.lock().acquire();
    try {
      PyObject module = backend.importModule("sigs");
      PyObject describe = module.getAttr("describe");
      Map<String, Object> keywords = new LinkedHashMap<>();
      keywords.put("z", "last");
      keywords.put("b", 7);
      keywords.put("a2", 1.5);
      assertEquals("1|[2, 3]|7|z='last';a2=1.5;", describe.call(List.of(1, 2, 3), keywords).str());
      assertEquals("1|[]|1|", describe.call(1).str());
      assertEquals("3", module.getAttr("count").call("x", "y", "z").repr());
      assertEquals("0", module.getAttr("count").call().repr());
      assertEquals(
          "describe() argument 'args' item 1 must be int, not str",
          assertThrows(PyTypeError.class, () -> describe.call(1, 2, "3")).message());
      assertEquals(
          "count() got an unexpected keyword argument 'x'",
          assertThrows(
                  PyTypeError.class, () -> module.getAttr("count").call(List.of(), Map.of("x", 1)))
              .message());
      assertEquals(
          "($module, a, *args, b=1, **kwargs)", describe.getAttr("__text_signature__").str());
      assertEquals("'1.2'", module.getAttr("VERSION").repr());
      assertEquals("[1, 2]", module.getAttr("LIMITS").repr());
      assertEquals("None", module.getAttr("NOTHING").repr());
      PyValueError error =
          assertThrows(PyValueError.class, () -> module.getAttr("fail").call("bad"));
      assertEquals("sigs.SigError", error.pythonType());
      assertEquals("sigs.SigError: bad", error.toString());
      assertTrue(error.notes().get(0).startsWith("Java stack trace:"), error.notes().toString());
    } finally {
      backend.lock().release(ticket);
    }
  }
}
