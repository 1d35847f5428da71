package dev.pyjava.runtime.bind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyTypeError;
import org.junit.jupiter.api.Test;

/**
 * Binding {@code *args} and {@code **kwargs}: every message is CPython's for the {@code def} in
 * the comment, checked against python3 while writing this test.
 */
class VariadicsTest {
  private static final Parameter A =
      Parameter.required("a", TypeSpec.INT, ParameterKind.POSITIONAL_OR_KEYWORD);
  private static final Parameter A_POSITIONAL_ONLY =
      Parameter.required("a", TypeSpec.INT, ParameterKind.POSITIONAL_ONLY);
  private static final Parameter ARGS =
      Parameter.required("args", TypeSpec.list(TypeSpec.INT), ParameterKind.VAR_POSITIONAL);
  private static final Parameter B =
      Parameter.required("b", TypeSpec.INT, ParameterKind.KEYWORD_ONLY);
  private static final Parameter B_DEFAULT =
      Parameter.optional("b", TypeSpec.INT, ParameterKind.KEYWORD_ONLY, 1, "1");
  private static final Parameter KWARGS =
      Parameter.required("kw", TypeSpec.map(TypeSpec.INT), ParameterKind.VAR_KEYWORD);

  // def f(a, *args, b, **kw)
  private static final FunctionDef F = def("f", A, ARGS, B, KWARGS);

  private static FunctionDef def(String name, Parameter... parameters) {
    FunctionDef.Builder builder = FunctionDef.builder(name);
    for (Parameter p : parameters) {
      builder.parameter(p);
    }
    return builder.build((py, args) -> null);
  }

  private static String error(FunctionDef f, int nargs, String... kwnames) {
    return assertThrows(PyTypeError.class, () -> ArgumentBinder.bind(f, nargs, kwnames)).message();
  }

  @Test
  void extraArgumentsGoToArgsAndKwargs() {
    // f(1, 2, 3, b=4, c=5, d=6): a=1, args=(2, 3), b=4, kw={'c': 5, 'd': 6}
    String[] kwnames = {"b", "c", "d"};
    int[] slots = ArgumentBinder.bind(F, 3, kwnames);
    assertArrayEquals(new int[] {0, -1, 3, -1}, slots);
    assertArrayEquals(new int[] {1, 2}, Variadics.extraPositional(slots, 3));
    assertArrayEquals(new int[] {1, 2}, Variadics.extraKeywords(slots, 3, kwnames.length));
  }

  @Test
  void nothingExtraGivesEmptyCollections() {
    // f(1, b=2): args=(), kw={}
    int[] slots = ArgumentBinder.bind(F, 1, new String[] {"b"});
    assertArrayEquals(new int[0], Variadics.extraPositional(slots, 1));
    assertArrayEquals(new int[0], Variadics.extraKeywords(slots, 1, 1));
  }

  @Test
  void everyPositionalCallWithArgsIsBound() {
    // def v(*args): v(1, 2) must not take the one-argument-per-parameter shortcut
    FunctionDef v = def("v", ARGS);
    int[] slots = ArgumentBinder.bind(v, 1, null);
    assertArrayEquals(new int[] {-1}, slots);
    assertArrayEquals(new int[] {0}, Variadics.extraPositional(slots, 1));
  }

  @Test
  void aPositionalOnlyNamePassedByKeywordGoesToKwargs() {
    // def g(a, /, **kw): g(1, a=2) == {'a': 2}
    FunctionDef g = def("g", A_POSITIONAL_ONLY, KWARGS);
    int[] slots = ArgumentBinder.bind(g, 1, new String[] {"a"});
    assertArrayEquals(new int[] {0}, Variadics.extraKeywords(slots, 1, 1));
  }

  @Test
  void theCollectorsNamesAreNotKeywords() {
    // def f(a, *args, b, **kw): f(1, b=2, args=3, kw=4) puts both in kw
    int[] slots = ArgumentBinder.bind(F, 1, new String[] {"b", "args", "kw"});
    assertArrayEquals(new int[] {1, 2}, Variadics.extraKeywords(slots, 1, 3));
  }

  @Test
  void missingArgumentsAreReportedAsForAnyDef() {
    assertEquals("f() missing 1 required positional argument: 'a'", error(F, 0));
    assertEquals("f() missing 1 required keyword-only argument: 'b'", error(F, 3));
  }

  @Test
  void aKeywordForAFilledParameterIsAnError() {
    assertEquals("f() got multiple values for argument 'a'", error(F, 1, "a", "b"));
  }

  @Test
  void withoutKwargsAnUnknownKeywordIsAnError() {
    // def h(*args): h(x=1)
    assertEquals(
        "h() got an unexpected keyword argument 'x'", error(def("h", ARGS), 0, "x"));
  }

  @Test
  void withoutArgsTooManyPositionalArgumentsIsAnError() {
    // def k(a, **kw): k(1, 2)
    assertEquals(
        "k() takes 1 positional argument but 2 were given", error(def("k", A, KWARGS), 2));
    // def m(a, *, b, **kw): m(1, 2, b=3, c=4)
    assertEquals(
        "m() takes 1 positional argument but 2 positional arguments (and 1 keyword-only"
            + " argument) were given",
        error(def("m", A, B, KWARGS), 2, "b", "c"));
  }

  @Test
  void signaturesShowTheCollectors() {
    assertEquals("(a, *args, b=1, **kw)", def("f", A, ARGS, B_DEFAULT, KWARGS).signature());
    assertEquals("(a, /, *args)", def("f", A_POSITIONAL_ONLY, ARGS).signature());
    assertEquals("(*, b, **kw)", def("f", B, KWARGS).signature());
    assertEquals("(**kw)", def("f", KWARGS).signature());
  }
}
