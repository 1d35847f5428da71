package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.objects.Wrappers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** pyjava modules are real CPython modules that Python code imports and calls. */
class ModuleTest {
  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void pythonCodeCallsFunctionsPositionallyAndByKeyword() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t
                  results = [t.add(1, 2), t.add(5), t.add(a=1, b=-4), t.add(2, b=3),
                             t.search('p', 's'), t.search('p', 's', limit=3), t.nothing()]
                  """);
          assertEquals("[3, 15, -3, 5, 'p|s|10', 'p|s|3', None]", text(py, ns, "results"));
        });
  }

  @Test
  void moduleAndFunctionsHaveDocsAndSignaturesForInspectAndHelp() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t, inspect, pydoc
                  module_doc = t.__doc__
                  add_doc = t.add.__doc__
                  add_sig = str(inspect.signature(t.add))
                  search_sig = str(inspect.signature(t.search))
                  text_sig = t.search.__text_signature__
                  help_text = pydoc.render_doc(t.search, renderer=pydoc.plaintext)
                  kind = type(t).__name__ + ' ' + type(t.add).__name__
                  """);
          assertEquals("Functions the CPython backend tests call.", text(py, ns, "module_doc"));
          assertEquals("Adds two ints.", text(py, ns, "add_doc"));
          assertEquals("(a, b=10)", text(py, ns, "add_sig"));
          assertEquals("(path, search, /, *, limit=10)", text(py, ns, "search_sig"));
          assertEquals("($module, path, search, /, *, limit=10)", text(py, ns, "text_sig"));
          assertTrue(
              text(py, ns, "help_text").contains("search(path, search, /, *, limit=10)\n    Searches."),
              text(py, ns, "help_text"));
          assertEquals("module builtin_function_or_method", text(py, ns, "kind"));
        });
  }

  @Test
  void argumentErrorsReadExactlyAsForAPythonFunction() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t
                  def add(a, b=10): pass
                  def search(path, search, /, *, limit=10): pass
                  calls = [
                      lambda f: f(), lambda f: f(1, 2, 3), lambda f: f(1, c=2),
                      lambda f: f(1, a=2), lambda f: f(b=1),
                  ]
                  search_calls = [
                      lambda f: f('p'), lambda f: f('p', 's', 3), lambda f: f(path='p', search='s'),
                      lambda f: f('p', 's', limit=1, other=2),
                  ]
                  def message(call, f):
                      try:
                          call(f)
                      except TypeError as e:
                          return str(e)
                      return 'no error'
                  mismatches = [(message(c, t.add), message(c, add)) for c in calls
                                if message(c, t.add) != message(c, add)]
                  mismatches += [(message(c, t.search), message(c, search)) for c in search_calls
                                 if message(c, t.search) != message(c, search)]
                  sample = message(calls[0], t.add)
                  """);
          assertEquals("[]", text(py, ns, "mismatches"));
          assertEquals("add() missing 1 required positional argument: 'a'", text(py, ns, "sample"));
        });
  }

  @Test
  void wrongArgumentTypesAreTypeErrorsNamingTheArgument() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t
                  try:
                      t.add('x')
                  except TypeError as e:
                      error = str(e)
                  """);
          assertEquals("add() argument 'a' must be int, not str", text(py, ns, "error"));
        });
  }

  @Test
  void pythonHostCreatesModulesByNameAndListsThem() {
    inGil(
        py -> {
          long module = PythonHost.createModule(NativeMemory.permanentCString("cpython_test").address());
          assertTrue(module != 0);
          var wrapped = Wrappers.owned(module);
          assertEquals("15", wrapped.getAttr("add").call(5).repr());
          var names = Wrappers.owned(PythonHost.listModules());
          assertTrue(names.repr().contains("'cpython_echo', 'cpython_test'"), names.repr());
          assertEquals(0, PythonHost.createModule(NativeMemory.permanentCString("no_such_module").address()));
          var error = PythonErrors.fetch();
          assertEquals("ModuleNotFoundError", error.pythonType());
          assertEquals("No module named 'no_such_module'", error.message());
        });
  }
}
