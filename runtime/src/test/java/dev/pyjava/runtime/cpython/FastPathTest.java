package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.def.ModuleDef;
import java.lang.foreign.MemoryLayout;
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

  @Test
  void aFunctionCalledOftenGetsItsOwnUpcallThatBehavesTheSame() {
    long before = upcallOf(TestModules.CONVERSIONS, "echo_long");
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_echo as e
                  total = sum(e.echo_long(i) for i in range(%d))
                  def error(call):
                      try:
                          call()
                      except Exception as x:
                          return type(x).__name__ + ': ' + str(x)
                  after = [e.echo_long(7), e.echo_long(value=8), error(lambda: e.echo_long('x')),
                           error(lambda: e.echo_long()), error(lambda: e.echo_long(2**64))]
                  """
                      .formatted(FunctionUpcall.CALLS_BEFORE_SPECIALIZING + 10));
          long n = FunctionUpcall.CALLS_BEFORE_SPECIALIZING + 10;
          assertEquals(Long.toString(n * (n - 1) / 2), text(py, ns, "total"));
          assertEquals(
              "[7, 8, \"TypeError: echo_long() argument 'value' must be int, not str\","
                  + " \"TypeError: echo_long() missing 1 required positional argument: 'value'\","
                  + " 'OverflowError: Python int too large to convert to C long']",
              text(py, ns, "after"));
        });
    assertNotEquals(before, upcallOf(TestModules.CONVERSIONS, "echo_long"));
  }

  /** The C function the module's {@code PyMethodDef} for {@code name} points at now. */
  private static long upcallOf(ModuleDef module, String name) {
    int index = module.functions().stream().map(f -> f.name()).toList().indexOf(name);
    long methods = NativeMemory.readPointer(NativeModules.definition(module).address()
            + PythonAbi.current().moduleDef().byteOffset(MemoryLayout.PathElement.groupElement("m_methods")));
    return NativeMemory.readPointer(methods + index * Layouts.METHOD_DEF.byteSize() + Layouts.METHOD_DEF_METH);
  }
}
