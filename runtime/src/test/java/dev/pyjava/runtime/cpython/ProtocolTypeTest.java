package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.cpython.objects.JavaInstances;
import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol methods of a hand-built {@code ClassDef} fill CPython's type slots, in embedded CPython
 * ({@link #PROTOCOLS}: a {@code Word} over a Java {@code String}).
 */
class ProtocolTypeTest {
  private static final TypeSpec WORD = TypeSpec.instance("cpython_types_protocols.Word");

  /** {@code cpython_types_protocols.Word(text)}: repr, ==, hash, <, len, [i], iter, + and a failure. */
  static final ModuleDef PROTOCOLS =
      new ModuleDef(
          "cpython_types_protocols",
          null,
          List.of(),
          List.of(
              new ClassDef(
                  "Word",
                  null,
                  false,
                  FunctionDef.builder("Word")
                      .parameter("text", TypeSpec.STRING)
                      .build((py, args) -> args[0]),
                  List.of(
                      method("__repr__", TypeSpec.STRING, args -> "Word(" + args[0] + ")"),
                      FunctionDef.builder("__eq__")
                          .parameter("other", WORD)
                          .returns(TypeSpec.BOOLEAN)
                          .build((py, args) -> args[0].equals(args[1])),
                      method("__hash__", TypeSpec.INT, args -> args[0].hashCode()),
                      FunctionDef.builder("__lt__")
                          .parameter("other", WORD)
                          .returns(TypeSpec.BOOLEAN)
                          .build((py, args) -> ((String) args[0]).compareTo((String) args[1]) < 0),
                      method("__len__", TypeSpec.INT, args -> ((String) args[0]).length()),
                      FunctionDef.builder("__getitem__")
                          .parameter("index", TypeSpec.INT)
                          .returns(TypeSpec.STRING)
                          .build(
                              (py, args) ->
                                  String.valueOf(((String) args[0]).charAt((Integer) args[1]))),
                      method(
                          "__iter__",
                          TypeSpec.iterator(TypeSpec.STRING),
                          args -> List.of(((String) args[0]).split("")).iterator()),
                      FunctionDef.builder("__add__")
                          .parameter("other", WORD)
                          .returns(WORD)
                          .build((py, args) -> (String) args[0] + args[1]),
                      method(
                          "__bool__",
                          TypeSpec.BOOLEAN,
                          args -> {
                            throw new UnsupportedOperationException("no truth");
                          })),
                  List.of(),
                  List.of(),
                  String.class,
                  null)));

  private interface Body {
    Object apply(Object[] args) throws Throwable;
  }

  private static FunctionDef method(String name, TypeSpec result, Body body) {
    return FunctionDef.builder(name).returns(result).build((py, args) -> body.apply(args));
  }

  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void slotsBehaveAsAPythonClassWould() {
    inGil(
        py -> {
          int before = JavaInstances.count();
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_types_protocols as m, sys
                  a, b = m.Word("ab"), m.Word("cd")
                  results = [repr(a), a == m.Word("ab"), a != b, a == "ab", a < b, b < a,
                             hash(a) == hash(m.Word("ab")), len(a), a[1], list(b), repr(a + b),
                             len({a, m.Word("ab")}), m.Word.__hash__ is not None]
                  for wrong in (lambda: a < 1, lambda: a + 1, lambda: 1 + a, lambda: a["x"],
                                lambda: bool(a), lambda: a[5]):
                      try:
                          wrong()
                      except Exception as e:
                          results.append(type(e).__name__)
                  count = sys.getrefcount(a)
                  for _ in range(1000):
                      repr(a), a == b, a < b, len(a), a[0], list(a), a + b, a == 1
                  results.append(sys.getrefcount(a) == count)
                  del a, b
                  """);
          assertEquals(
              "['Word(ab)', True, True, False, True, False, True, 2, 'b', ['c', 'd'], 'Word(abcd)',"
                  + " 1, True, 'TypeError', 'TypeError', 'TypeError', 'TypeError',"
                  + " 'NotImplementedError', 'IndexError', True]",
              text(py, ns, "results"));
          assertEquals(before, JavaInstances.count());
        });
  }
}
