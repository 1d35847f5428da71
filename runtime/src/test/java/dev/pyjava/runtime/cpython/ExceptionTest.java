package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyModuleNotFoundError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exceptions cross both ways, as the Python type they stand for. */
class ExceptionTest {
  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void javaFileErrorBecomesFileNotFoundErrorWithErrnoFilenameAndJavaTraceNote() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t
                  try:
                      t.missing_file('x.txt')
                  except OSError as e:
                      caught = (type(e).__name__, e.errno, e.strerror, e.filename, str(e))
                      note = e.__notes__[0]
                  """);
          assertEquals(
              "('FileNotFoundError', 2, 'No such file or directory', 'x.txt', \"[Errno 2] No such"
                  + " file or directory: 'x.txt'\")",
              text(py, ns, "caught"));
          String note = text(py, ns, "note");
          assertTrue(note.startsWith("Java stack trace:\njava.nio.file.NoSuchFileException: x.txt"), note);
          assertTrue(note.contains("at dev.pyjava.runtime.cpython.TestModules"), note);
        });
  }

  @Test
  void exceptionTypesAreFoundByNameWithRuntimeErrorForUnknownOnes() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t, sys, types
                  errmod = types.ModuleType('errmod')
                  exec('class Oops(Exception): pass', errmod.__dict__)
                  sys.modules['errmod'] = errmod
                  def raised(name):
                      try:
                          t.raise_named(name, 'msg')
                      except BaseException as e:
                          return type(e).__module__ + '.' + type(e).__qualname__ + ': ' + str(e)
                  results = [raised('KeyError'), raised('errmod.Oops'), raised('NoSuchError'),
                             raised('len'), raised('nomodule.Oops')]
                  """);
          assertEquals(
              "[\"builtins.KeyError: 'msg'\", 'errmod.Oops: msg', 'builtins.RuntimeError:"
                  + " NoSuchError: msg', 'builtins.RuntimeError: len: msg', 'builtins.RuntimeError:"
                  + " nomodule.Oops: msg']",
              text(py, ns, "results"));
        });
  }

  @Test
  void pythonExceptionBecomesPyExceptionWithTypeArgsAndTraceback() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t
                  class MyError(Exception): pass
                  def fails_with_value_error():
                      raise ValueError('bad value', 3)
                  def fails_with_my_error():
                      raise MyError('mine')
                  value_error = t.describe_failure(fails_with_value_error)
                  my_error = t.describe_failure(fails_with_my_error)
                  """);
          String valueError = text(py, ns, "value_error");
          assertTrue(
              valueError.startsWith(
                  "PyValueError|ValueError|('bad value', 3)|[bad value, 3]|Traceback (most recent"
                      + " call last):"),
              valueError);
          assertTrue(valueError.contains("in fails_with_value_error"), valueError);
          assertTrue(valueError.endsWith("ValueError: ('bad value', 3)"), valueError);
          assertTrue(
              text(py, ns, "my_error").startsWith("PyException|testmod.MyError|mine|[mine]|"),
              text(py, ns, "my_error"));
        });
  }

  @Test
  void pythonExceptionPassingThroughJavaIsTheSameObject() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t
                  original = LookupError('through Java')
                  def fails(x):
                      raise original
                  try:
                      t.call(fails, 1)
                  except LookupError as e:
                      same = e is original
                  """);
          assertEquals("True", text(py, ns, "same"));
        });
  }

  @Test
  void failingCApiCallsThrowTheMatchingJavaClass() {
    inGil(
        py -> {
          PyModuleNotFoundError missing =
              assertThrows(PyModuleNotFoundError.class, () -> py.importModule("no_such_module_x"));
          assertEquals("No module named 'no_such_module_x'", missing.message());
          PyAttributeError attribute =
              assertThrows(PyAttributeError.class, () -> py.integer(1).getAttr("nope"));
          assertEquals("'int' object has no attribute 'nope'", attribute.message());
        });
  }
}
