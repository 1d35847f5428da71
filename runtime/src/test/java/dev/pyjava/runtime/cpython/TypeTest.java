package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.cpython.objects.JavaInstances;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A {@code ClassDef} is a real CPython heap type, in embedded CPython (TestModules.TYPES). */
class TypeTest {
  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void instancesHoldTheirJavaObject() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_types as t
                  b = t.Box("ab")
                  results = [b.append("cd"), b.text, b.length, type(b).__module__,
                             type(b).__name__, t.Box.__doc__]
                  b.text = "x"
                  results.append(b.length)
                  """);
          assertEquals(
              "[4, 'abcd', 4, 'cpython_types', 'Box', 'Holds text.', 1]", text(py, ns, "results"));
        });
  }

  @Test
  void initMakesTheJavaObjectAndAnInstanceWithoutOneRaisesTypeError() {
    inGil(
        py -> {
          int before = JavaInstances.count();
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_types as t
                  b = t.Box("ab")
                  b.__init__("xyz")
                  results = [b.text]
                  bare = t.Box.__new__(t.Box)
                  try:
                      bare.text
                  except TypeError as e:
                      results.append(str(e))
                  del b, bare
                  """);
          assertEquals(
              "['xyz', \"this cpython_types.Box object holds no Java object: its __init__ never ran"
                  + " (a subclass's __init__ must call super().__init__(...))\"]",
              text(py, ns, "results"));
          assertEquals(before, JavaInstances.count());
        });
  }

  @Test
  void theTypeIsImmutableFinalAndSizedAsTheAbiSays() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_types as t
                  flags = t.Box.__flags__
                  results = [t.Box.__basicsize__, bool(flags & %d), bool(flags & %d),
                             bool(flags & %d)]
                  """
                      .formatted(
                          Layouts.TPFLAGS_IMMUTABLETYPE,
                          Layouts.TPFLAGS_BASETYPE,
                          Layouts.TPFLAGS_HEAPTYPE));
          assertEquals(
              "[" + PythonAbi.current().instanceSize() + ", True, False, True]",
              text(py, ns, "results"));
        });
  }

  @Test
  void javaExceptionsBecomePythonOnesAndLeakNothing() {
    inGil(
        py -> {
          // A Box in a cycle an earlier test left is freed by whichever collection comes next.
          exec(py, "import gc; gc.collect()");
          int before = JavaInstances.count();
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_types as t, sys
                  results = []
                  for make in (lambda: t.Box("fail"), lambda: t.Box("ok").broken,
                               lambda: setattr(t.Box("ok"), "length", 2)):
                      try:
                          make()
                      except Exception as e:
                          results.append(type(e).__name__)
                  b = t.Box("same")
                  count = sys.getrefcount(b)
                  for _ in range(1000):
                      b.append("")
                      b.text
                  results.append(sys.getrefcount(b) == count)
                  del b
                  """);
          assertEquals(
              "['ValueError', 'RuntimeError', 'AttributeError', True]", text(py, ns, "results"));
          assertEquals(before, JavaInstances.count());
        });
  }
}
