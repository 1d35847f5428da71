package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyBytes;
import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyFloat;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.PyStr;
import dev.pyjava.runtime.PyTuple;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.exceptions.PyIndexError;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyUnicodeEncodeError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Values cross between Java and CPython with Python's rules and CPython's own errors. */
class ConversionTest {
  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void everyParameterTypeRoundTripsThroughAFunction() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_echo as e
                  values = [
                      e.echo_bool(True), e.echo_bool(False), e.echo_int(-2**31), e.echo_int(True),
                      e.echo_long(2**63 - 1), e.echo_double(1.5), e.echo_double(3),
                      e.echo_boxed_long(None), e.echo_boxed_long(7), e.echo_str('h\\u00e9 \\U0001f600'),
                      e.echo_str(''), e.echo_bytes(b'\\x00\\xffz'), e.echo_optional_str(None),
                      e.echo_optional_str('x'), e.echo_list([1, 2]), e.echo_list((3,)),
                      e.echo_nested([['a'], []]), e.echo_map({'k': 1, 'j': 2.5}),
                  ]
                  marker = object()
                  same = e.echo_object(marker) is marker
                  """);
          assertEquals(
              "[True, False, -2147483648, 1, 9223372036854775807, 1.5, 3.0, None, 7,"
                  + " 'hé \uD83D\uDE00', '', b'\\x00\\xffz', None, 'x', [1, 2], [3], [['a'], []],"
                  + " {'k': 1.0, 'j': 2.5}]",
              text(py, ns, "values"));
          assertEquals("True", text(py, ns, "same"));
        });
  }

  @Test
  void intOverflowIsCPythonsOverflowError() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_echo as e
                  def error(f, v):
                      try:
                          f(v)
                      except OverflowError as x:
                          return str(x)
                  errors = [error(e.echo_int, 2**31), error(e.echo_int, -2**31 - 1),
                            error(e.echo_long, 2**63), error(e.echo_long, -2**63 - 1)]
                  """);
          assertEquals(
              "['Python int too large to convert to C int', 'Python int too large to convert to C"
                  + " int', 'Python int too large to convert to C long', 'Python int too large to"
                  + " convert to C long']",
              text(py, ns, "errors"));
        });
  }

  @Test
  void loneSurrogatesComeIntoJavaExactlyAndFailOnTheWayOutAsCPythonsUtf8CodecDoes() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_echo as e, cpython_test as t
                  def failure(call):
                      try:
                          call()
                      except UnicodeEncodeError as x:
                          return (str(x), x.object, x.start, x.end)
                  class S(str): pass
                  text = 'a\\udce9\\ud800b\\U0001f600'
                  units = list(text.encode('utf-16-le', 'surrogatepass'))
                  exact = [units[i] | units[i + 1] << 8 for i in range(0, len(units), 2)]
                  received = [e.code_units(text), e.code_units(S(text))]
                  both_exact = [exact, exact]
                  round_trip = failure(lambda: e.echo_str('a\\ud800b'))
                  expected = failure(lambda: 'a\\ud800b'.encode('utf-8'))
                  from_java = failure(t.lone_surrogate)
                  """);
          assertEquals(text(py, ns, "both_exact"), text(py, ns, "received"));
          assertEquals(text(py, ns, "expected"), text(py, ns, "round_trip"));
          assertEquals(text(py, ns, "expected"), text(py, ns, "from_java"));
          assertEquals(
              "(\"'utf-8' codec can't encode character '\\\\ud800' in position 1: surrogates not"
                  + " allowed\", 'a\\ud800b', 1, 2)",
              text(py, ns, "expected"));
          PyUnicodeEncodeError error = assertThrows(PyUnicodeEncodeError.class, () -> py.str("\uFEFF\uDC00x"));
          assertEquals(
              "'utf-8' codec can't encode character '\\udc00' in position 1: surrogates not allowed",
              error.message());
          // Through Python and back, the text keeps its lone surrogate and its leading U+FEFF.
          PythonErrors.raise(error);
          assertEquals(List.of("utf-8", "\uFEFF\uDC00x", 1, 2, "surrogates not allowed"),
              PythonErrors.fetch().pythonArgs());
        });
  }

  @Test
  void javaValuesBecomePythonObjectsOfTheRightType() {
    inGil(
        py -> {
          assertEquals("None", py.none().repr());
          assertTrue(py.none().isNone());
          assertEquals("True", py.bool(true).repr());
          assertEquals("bool", py.bool(false).typeName());
          assertEquals(-5L, py.integer(-5).longValue());
          BigInteger huge = BigInteger.TWO.pow(200).negate().add(BigInteger.ONE);
          PyLong big = py.integer(huge);
          assertEquals(huge, big.bigValue());
          assertEquals(huge.toString(), big.repr());
          assertThrows(PyOverflowError.class, big::longValue);
          assertEquals(0.25, py.floating(0.25).doubleValue());
          assertEquals("'x\\n'", py.str("x\n").repr());
          assertEquals("naïve \uD83D\uDE00", py.str("naïve \uD83D\uDE00").value());
          PyBytes bytes = py.bytes(new byte[] {0, -1, 65});
          assertArrayEquals(new byte[] {0, -1, 65}, bytes.toByteArray());
          assertEquals(3, bytes.length());
          Map<String, Object> map = new LinkedHashMap<>();
          map.put("a", List.of(1, 2.5, "s"));
          map.put("b", null);
          assertEquals("{'a': [1, 2.5, 's'], 'b': None}", py.toPython(map).repr());
          assertEquals("(1, 'two', None)", py.tuple(1, "two", null).repr());
        });
  }

  @Test
  void containersReadAndWriteLikePython() {
    inGil(
        py -> {
          PyList list = py.list(List.of(1, 2, 3));
          list.set(-1, py.str("z"));
          list.append(py.floating(4.0));
          assertEquals("[1, 2, 'z', 4.0]", list.repr());
          assertEquals("z", list.get(-2).cast(PyStr.class).value());
          List<String> seen = new ArrayList<>();
          for (PyObject item : list) {
            seen.add(item.typeName());
          }
          assertEquals(List.of("int", "int", "str", "float"), seen);
          PyIndexError outOfRange = assertThrows(PyIndexError.class, () -> list.get(9));
          assertEquals("list index out of range", outOfRange.message());

          PyTuple tuple = py.tuple("a", 2);
          assertEquals(2, tuple.size());
          assertEquals(2L, tuple.get(1).cast(PyLong.class).longValue());

          PyDict dict = py.dict();
          dict.put(py.str("k"), py.integer(1));
          dict.put(py.integer(2), py.none());
          assertEquals(2, dict.size());
          assertEquals("1", dict.get(py.str("k")).repr());
          assertNull(dict.get(py.str("absent")));
          assertEquals("['k', 2]", py.list(dict.keys()).repr());
          PyTypeError unhashable = assertThrows(PyTypeError.class, () -> dict.get(py.list(List.of())));
          // Python's own words, which change (3.14 adds "cannot use 'list' as a dict key").
          PyDict python = exec(py, "try:\n    {}.get([])\nexcept TypeError as error:\n    message = str(error)");
          assertEquals(((PyStr) python.get(py.str("message"))).value(), unhashable.message());
          assertTrue(unhashable.message().contains("unhashable type: 'list'"), unhashable.message());
        });
  }

  @Test
  void objectsComeBackAsTheirInterfaceAndCastChecksTheType() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  class S(str): pass
                  values = [S('sub'), 1.5, True, b'b', (), {}, [], None, object()]
                  """);
          PyList values = (PyList) ns.get(py.str("values"));
          assertInstanceOf(PyStr.class, values.get(0));
          assertEquals("sub", ((PyStr) values.get(0)).value());
          assertInstanceOf(PyFloat.class, values.get(1));
          assertInstanceOf(PyLong.class, values.get(2));
          assertInstanceOf(PyBytes.class, values.get(3));
          assertInstanceOf(PyTuple.class, values.get(4));
          assertInstanceOf(PyDict.class, values.get(5));
          assertInstanceOf(PyList.class, values.get(6));
          assertTrue(values.get(7).isNone());
          assertFalse(values.get(8) instanceof PyStr);
          PyTypeError wrong = assertThrows(PyTypeError.class, () -> values.get(1).cast(PyStr.class));
          assertEquals("expected str, not float", wrong.message());
        });
  }

  @Test
  void callingPythonFromJavaConvertsArgumentsAndKeywords() {
    inGil(
        py -> {
          PyDict ns = exec(py, "def f(*args, **kwargs): return repr((args, kwargs))");
          PyObject f = ns.get(py.str("f"));
          assertEquals(
              "\"((1, 'x', [True]), {'k': None})\"",
              f.call(List.of(1, "x", List.of(true)), java.util.Collections.singletonMap("k", null)).repr());
          assertEquals("'((), {})'", f.call().repr());
        });
  }
}
