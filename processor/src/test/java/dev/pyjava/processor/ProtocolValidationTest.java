package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors about the protocols of a {@code @PyClass}: explicit dunders and the Java contracts that
 * give dunders; one test per message.
 */
class ProtocolValidationTest {
  private static JavaFileObject box(String members) {
    return source(
        "Module",
        """
        @PyModule
        public final class Module {
          @PyClass
          public static final class Box %s
        }
        """
            .formatted(members));
  }

  /** A dunder pyjava has no slot or method for. */
  @Test
  void unsupportedDunder() {
    JavaFileObject file =
        box(
            """
            {
              @PyFunction(name = "__matmul__")
              public int times(Box other) { return 0; }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[DunderUnsupported] special method name '__matmul__' is not supported: use one of"
                + " __len__, __getitem__, __setitem__, __delitem__, __contains__, __call__,"
                + " __bool__, __add__, __sub__, __mul__, __truediv__, __neg__, __repr__, __str__,"
                + " __hash__, __eq__, __lt__, __iter__, __next__, or a name without leading and"
                + " trailing __")
        .inFile(file)
        .onLineContaining("\"__matmul__\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A dunder on a static method. */
  @Test
  void dunderMustBeAnInstanceMethod() {
    JavaFileObject file =
        box(
            """
            {
              @PyFunction(name = "__len__")
              public static int size() { return 0; }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[DunderStatic] special method __len__ must be an instance method: remove static")
        .inFile(file)
        .onLineContaining("public static int size()");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A dunder with a parameter too many. */
  @Test
  void dunderArity() {
    JavaFileObject file =
        box(
            """
            {
              @PyFunction(name = "__getitem__")
              public int item(int row, int column) { return 0; }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[DunderArity] special method __getitem__ takes one parameter besides self, not 2:"
                + " change the Java parameters")
        .inFile(file)
        .onLineContaining("public int item(int row, int column)");
    assertThat(compilation).hadErrorCount(1);
  }

  /** The Python token does not count as a parameter; a dunder's result must fit its slot. */
  @Test
  void dunderResult() {
    JavaFileObject file =
        box(
            """
            {
              @PyFunction(name = "__len__")
              public long size(Python py) { return 0; }

              @PyFunction(name = "__bool__")
              public Boolean truth() { return true; }

              @PyFunction(name = "__repr__")
              public int text() { return 0; }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[DunderResult] special method __bool__ must return boolean, not java.lang.Boolean:"
                + " change the return type")
        .inFile(file)
        .onLineContaining("public Boolean truth()");
    assertThat(compilation)
        .hadErrorContaining("[DunderResult] special method __repr__ must return String, not int")
        .inFile(file)
        .onLineContaining("public int text()");
    assertThat(compilation).hadErrorCount(2);
  }

  /** Java's own rule, made a Python one: equal objects hash equal. */
  @Test
  void equalsWithoutHashCode() {
    JavaFileObject file =
        box(
            """
            {
              @Override
              public boolean equals(Object other) { return other instanceof Box; }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[EqualsWithoutHashCode] class Box overrides equals but not hashCode: Python objects"
                + " that are equal must hash equal; override hashCode too")
        .inFile(file)
        .onLineContaining("public boolean equals(Object other)");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A contract over a type pyjava cannot convert. */
  @Test
  void contractTypeUnsupported() {
    JavaFileObject file =
        box(
            """
            implements Iterable<Thread> {
              @Override
              public Iterator<Thread> iterator() { return List.<Thread>of().iterator(); }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[ContractTypeUnsupported] class Box implements Iterable<java.lang.Thread>, whose"
                + " type argument pyjava does not convert: give it a type argument pyjava converts"
                + " (as for parameters and results), or define __iter__ with"
                + " @PyFunction(name = ...)")
        .inFile(file)
        .onLineContaining("class Box implements");
    assertThat(compilation).hadErrorCount(1);

    // An explicit __iter__ replaces the contract's, so nothing needs converting.
    assertThat(
            compile(
                box(
                    """
                    implements Iterable<Thread> {
                      @Override
                      public Iterator<Thread> iterator() { return List.<Thread>of().iterator(); }

                      @PyFunction(name = "__iter__")
                      public Box self() { return this; }

                      @PyFunction(name = "__next__")
                      public int next() { return 0; }
                    }
                    """)))
        .succeededWithoutWarnings();
  }

  /** A contract's dunder and another member with its name; two explicit dunders of one name. */
  @Test
  void protocolNameTakenTwice() {
    JavaFileObject file =
        box(
            """
            {
              @Override
              public String toString() { return "box"; }

              @PyGetter(name = "__repr__")
              public String shown() { return "box"; }

              @PyFunction(name = "__len__")
              public int size() { return 0; }

              @PyFunction(name = "__len__")
              public int length() { return 0; }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MemberNameDuplicate] name '__repr__' is already used by toString() in class Box:"
                + " give one a different name")
        .inFile(file)
        .onLineContaining("public String shown()");
    assertThat(compilation)
        .hadErrorContaining("[MemberNameDuplicate] name '__len__' is already used by size()")
        .inFile(file)
        .onLineContaining("public int length()");
    assertThat(compilation).hadErrorCount(2);
  }
}
