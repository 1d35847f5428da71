package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.PyDict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upcall's fast paths (no binder for a plain positional call, arguments read without
 * wrappers, results made directly) behave exactly as the general path: same values, same errors,
 * same reference counts.
 */
class FastPathTest {
  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void zeroParameterFunctionRejectsArgumentsAsCPythonDoes() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t
                  def nothing(): pass
                  def message(call, f):
                      try:
                          call(f)
                      except TypeError as e:
                          return str(e)
                      return 'no error'
                  calls = [lambda f: f(1), lambda f: f(x=1), lambda f: f(1, 2), lambda f: f(*(), **{})]
                  mismatches = [(message(c, t.nothing), message(c, nothing)) for c in calls
                                if message(c, t.nothing) != message(c, nothing)]
                  sample = message(calls[0], t.nothing)
                  """);
          assertEquals("[]", text(py, ns, "mismatches"));
          assertEquals("nothing() takes 0 positional arguments but 1 was given", text(py, ns, "sample"));
        });
  }

  @Test
  void keywordCallsOfOneParameterFunctionsStillBind() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_echo as e
                  results = [e.echo_str(value='kw'), e.echo_long(value=5), e.echo_double(value=0.5),
                             e.echo_bool(value=True)]
                  """);
          assertEquals("['kw', 5, 0.5, True]", text(py, ns, "results"));
        });
  }

  @Test
  void subclassesAndNonAsciiTextTakeTheGeneralPathWithTheSameValues() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_echo as e
                  class S(str): pass
                  class I(int): pass
                  class F(float): pass
                  results = [e.echo_str(S('sub')), e.echo_str('caf\\u00e9'), e.echo_str('\\U0001f600!'),
                             e.echo_long(I(-3)), e.echo_int(I(4)), e.echo_double(F(2.5)),
                             e.echo_double(I(2)), e.echo_long(True), e.echo_int(2**31 - 1)]
                  types = [type(r).__name__ for r in results]
                  """);
          assertEquals("['sub', 'café', '\uD83D\uDE00!', -3, 4, 2.5, 2.0, 1, 2147483647]", text(py, ns, "results"));
          assertEquals(
              "['str', 'str', 'str', 'int', 'int', 'float', 'float', 'int', 'int']",
              text(py, ns, "types"));
        });
  }

  @Test
  void argumentsOutsideTheFastCasesGetTheGeneralErrors() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_echo as e
                  def error(f, value):
                      try:
                          f(value)
                      except Exception as x:
                          return type(x).__name__ + ': ' + str(x)
                      return 'no error'
                  errors = [error(e.echo_int, 2**40), error(e.echo_long, 2**64),
                            error(e.echo_bool, 1), error(e.echo_str, b'x'), error(e.echo_double, 'x')]
                  """);
          assertEquals(
              "['OverflowError: Python int too large to convert to C int',"
                  + " 'OverflowError: Python int too large to convert to C long',"
                  + " \"TypeError: echo_bool() argument 'value' must be bool, not int\","
                  + " \"TypeError: echo_str() argument 'value' must be str, not bytes\","
                  + " \"TypeError: echo_double() argument 'value' must be float, not str\"]",
              text(py, ns, "errors"));
        });
  }

  @Test
  void directResultsLeaveReferenceCountsExact() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import sys, cpython_echo as e, cpython_test as t
                  marker = object()
                  text = 'a rather long ascii text'
                  number = 10**12
                  before = [sys.getrefcount(marker), sys.getrefcount(text), sys.getrefcount(number)]
                  for _ in range(1000):
                      e.echo_object(marker)
                      e.echo_str(text)
                      e.echo_long(number)
                      t.nothing()
                  after = [sys.getrefcount(marker), sys.getrefcount(text), sys.getrefcount(number)]
                  same = before == after
                  identity = e.echo_object(marker) is marker
                  """);
          assertEquals("True", text(py, ns, "same"));
          assertEquals("True", text(py, ns, "identity"));
        });
  }
}
