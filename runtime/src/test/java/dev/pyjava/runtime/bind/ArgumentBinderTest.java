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
 * Every message is CPython 3.11's for the equivalent {@code def}, checked against python3 while
 * writing this test (the {@code def} is in each test's comment).
 */
class ArgumentBinderTest {
  private static final String[] NONE = null;

  private static Parameter positionalOnly(String name) {
    return Parameter.required(name, TypeSpec.INT, ParameterKind.POSITIONAL_ONLY);
  }

  private static Parameter either(String name) {
    return Parameter.required(name, TypeSpec.INT, ParameterKind.POSITIONAL_OR_KEYWORD);
  }

  private static Parameter eitherWithDefault(String name) {
    return Parameter.optional(name, TypeSpec.INT, ParameterKind.POSITIONAL_OR_KEYWORD, 1, "1");
  }

  private static Parameter keywordOnly(String name) {
    return Parameter.required(name, TypeSpec.INT, ParameterKind.KEYWORD_ONLY);
  }

  private static Parameter keywordOnlyWithDefault(String name) {
    return Parameter.optional(name, TypeSpec.INT, ParameterKind.KEYWORD_ONLY, 1, "1");
  }

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

  // def search(path, search, /)
  private static final FunctionDef SEARCH =
      def("search", positionalOnly("path"), positionalOnly("search"));

  // def f(a, b=1, *, k, m=1)
  private static final FunctionDef MIXED =
      def("f", either("a"), eitherWithDefault("b"), keywordOnly("k"), keywordOnlyWithDefault("m"));

  @Test
  void allPositionalExactCountBindsInOrder() {
    assertArrayEquals(new int[] {0, 1}, ArgumentBinder.bind(SEARCH, 2, NONE));
    assertArrayEquals(new int[] {0, 1}, ArgumentBinder.bind(SEARCH, 2, new String[0]));
  }

  @Test
  void commonCallSharesOneArrayPerSize() {
    assertSameArray(ArgumentBinder.bind(SEARCH, 2, NONE), ArgumentBinder.bind(SEARCH, 2, NONE));
  }

  private static void assertSameArray(int[] a, int[] b) {
    org.junit.jupiter.api.Assertions.assertSame(a, b);
  }

  @Test
  void noParametersNoArguments() {
    assertArrayEquals(new int[0], ArgumentBinder.bind(def("f"), 0, NONE));
  }

  @Test
  void keywordsFillTheirParametersAndDefaultsTheRest() {
    // f(1, k=5): a=arg0, b default, k=kw0, m default
    assertArrayEquals(new int[] {0, -1, 1, -1}, ArgumentBinder.bind(MIXED, 1, new String[] {"k"}));
    // f(m=3, k=4, a=1, b=2)
    assertArrayEquals(
        new int[] {2, 3, 1, 0}, ArgumentBinder.bind(MIXED, 0, new String[] {"m", "k", "a", "b"}));
    // f(1, 2, k=3)
    assertArrayEquals(
        new int[] {0, 1, 2, -1}, ArgumentBinder.bind(MIXED, 2, new String[] {"k"}));
  }

  @Test
  void positionalOnlyFollowedByKeywordable() {
    // def g(path, /, x=1): g("p", x=2) and g("p")
    FunctionDef g = def("g", positionalOnly("path"), eitherWithDefault("x"));
    assertArrayEquals(new int[] {0, 1}, ArgumentBinder.bind(g, 1, new String[] {"x"}));
    assertArrayEquals(new int[] {0, -1}, ArgumentBinder.bind(g, 1, NONE));
  }

  @Test
  void missingOnePositional() {
    assertEquals(
        "search() missing 1 required positional argument: 'search'", error(SEARCH, 1));
  }

  @Test
  void missingTwoPositionals() {
    // def f(a, b)
    assertEquals(
        "f() missing 2 required positional arguments: 'a' and 'b'",
        error(def("f", either("a"), either("b")), 0));
  }

  @Test
  void missingThreePositionals() {
    // def f(a, b, c)
    assertEquals(
        "f() missing 3 required positional arguments: 'a', 'b', and 'c'",
        error(def("f", either("a"), either("b"), either("c")), 0));
  }

  @Test
  void missingPositionalWhenALaterOneCameByKeyword() {
    // def f(a, b, c): f(1, c=1)
    assertEquals(
        "f() missing 1 required positional argument: 'b'",
        error(def("f", either("a"), either("b"), either("c")), 1, "c"));
  }

  @Test
  void missingPositionalIsReportedBeforeMissingKeywordOnly() {
    assertEquals("f() missing 1 required positional argument: 'a'", error(MIXED, 0));
  }

  @Test
  void missingKeywordOnly() {
    // def f(*, limit)
    assertEquals(
        "f() missing 1 required keyword-only argument: 'limit'",
        error(def("f", keywordOnly("limit")), 0));
    assertEquals("f() missing 1 required keyword-only argument: 'k'", error(MIXED, 1));
  }

  @Test
  void missingTwoKeywordOnly() {
    // def f(*, a, b)
    assertEquals(
        "f() missing 2 required keyword-only arguments: 'a' and 'b'",
        error(def("f", keywordOnly("a"), keywordOnly("b")), 0));
  }

  @Test
  void tooManyPositional() {
    assertEquals("search() takes 2 positional arguments but 3 were given", error(SEARCH, 3));
  }

  @Test
  void tooManyPositionalWithDefaults() {
    // def f(a, b=1)
    assertEquals(
        "f() takes from 1 to 2 positional arguments but 3 were given",
        error(def("f", either("a"), eitherWithDefault("b")), 3));
  }

  @Test
  void tooManyForNoParameters() {
    // def f()
    assertEquals("f() takes 0 positional arguments but 1 was given", error(def("f"), 1));
    assertEquals("f() takes 0 positional arguments but 2 were given", error(def("f"), 2));
  }

  @Test
  void tooManyPositionalWithKeywordOnlyGiven() {
    // def f(a, *, k): f(1, 2, k=3)
    FunctionDef f = def("f", either("a"), keywordOnly("k"));
    assertEquals(
        "f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument)"
            + " were given",
        error(f, 2, "k"));
    // f(1, 2)
    assertEquals("f() takes 1 positional argument but 2 were given", error(f, 2));
  }

  @Test
  void tooManyPositionalVariantsWithKeywordOnly() {
    // def f(*, limit): f(1, limit=2)
    assertEquals(
        "f() takes 0 positional arguments but 1 positional argument (and 1 keyword-only argument)"
            + " were given",
        error(def("f", keywordOnly("limit")), 1, "limit"));
    // def f(a, b=2, *, k, m=1): f(1, 2, 3, k=1, m=2)
    assertEquals(
        "f() takes from 1 to 2 positional arguments but 3 positional arguments (and 2 keyword-only"
            + " arguments) were given",
        error(MIXED, 3, "k", "m"));
  }

  @Test
  void unexpectedKeyword() {
    // def search(path, search): search(1, 2, x=3)
    FunctionDef search = def("search", either("path"), either("search"));
    assertEquals("search() got an unexpected keyword argument 'x'", error(search, 2, "x"));
  }

  @Test
  void unexpectedKeywordIsQuotedAsItIsLikeCPython() {
    // def f(a): f(**{"a'b": 1}), f(**{"x\ny": 1}), f(**{"\udce9": 1})
    FunctionDef f = def("f", either("a"));
    assertEquals("f() got an unexpected keyword argument 'a'b'", error(f, 0, "a'b"));
    assertEquals("f() got an unexpected keyword argument 'x\ny'", error(f, 0, "x\ny"));
    assertEquals("f() got an unexpected keyword argument '\udce9'", error(f, 0, "\udce9"));
  }

  @Test
  void unexpectedKeywordIsReportedBeforeTooManyPositional() {
    // def f(a, b): f(1, 2, 3, x=1)
    assertEquals(
        "f() got an unexpected keyword argument 'x'",
        error(def("f", either("a"), either("b")), 3, "x"));
  }

  @Test
  void multipleValues() {
    // def search(path, search): search(1, path=3)
    FunctionDef search = def("search", either("path"), either("search"));
    assertEquals("search() got multiple values for argument 'path'", error(search, 1, "path"));
    // search(1, path=3, x=1): keywords are checked in order
    assertEquals(
        "search() got multiple values for argument 'path'", error(search, 1, "path", "x"));
    // search(1, x=1, path=3)
    assertEquals(
        "search() got an unexpected keyword argument 'x'", error(search, 1, "x", "path"));
  }

  @Test
  void sameKeywordTwice() {
    FunctionDef f = def("f", either("a"));
    assertEquals("f() got multiple values for argument 'a'", error(f, 0, "a", "a"));
  }

  @Test
  void positionalOnlyPassedAsKeyword() {
    // def f(path, /, x=1): f(path=1)
    FunctionDef f = def("f", positionalOnly("path"), eitherWithDefault("x"));
    assertEquals(
        "f() got some positional-only arguments passed as keyword arguments: 'path'",
        error(f, 0, "path"));
    // f(1, path=2)
    assertEquals(
        "f() got some positional-only arguments passed as keyword arguments: 'path'",
        error(f, 1, "path"));
  }

  @Test
  void allPositionalOnlyPassedAsKeywordsAreListedInParameterOrder() {
    // def f(a, b, /, c): f(b=1, a=2, c=3)
    FunctionDef f = def("f", positionalOnly("a"), positionalOnly("b"), either("c"));
    assertEquals(
        "f() got some positional-only arguments passed as keyword arguments: 'a, b'",
        error(f, 0, "b", "a", "c"));
  }
}
