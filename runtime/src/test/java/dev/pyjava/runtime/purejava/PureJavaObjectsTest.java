package dev.pyjava.runtime.purejava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.PyStr;
import dev.pyjava.runtime.PyTuple;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyIndexError;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Expected reprs and messages are python3's for the same operations. */
class PureJavaObjectsTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(py -> {
      body.accept(py);
      return null;
    });
  }

  @Test
  void listIndexesLikePython() {
    gil(py -> {
      PyList list = py.list(List.of(1, 2, 3));
      assertEquals(3, list.size());
      assertEquals("1", list.get(0).repr());
      assertEquals("3", list.get(-1).repr());
      assertEquals("1", list.get(-3).repr());
      assertEquals(
          "list index out of range", assertThrows(PyIndexError.class, () -> list.get(3)).message());
      assertEquals(
          "list index out of range", assertThrows(PyIndexError.class, () -> list.get(-4)).message());
      list.set(-1, py.str("x"));
      assertEquals("[1, 2, 'x']", list.repr());
      assertEquals(
          "list assignment index out of range",
          assertThrows(PyIndexError.class, () -> list.set(3, py.none())).message());
      list.append(py.bool(false));
      assertEquals("[1, 2, 'x', False]", list.repr());
      assertEquals("[1, 2, 'x', False]", list.str());
    });
  }

  @Test
  void listIterationSeesItemsAppendedMeanwhile() {
    gil(py -> {
      PyList list = py.list(List.of(1));
      List<String> seen = new ArrayList<>();
      for (PyObject item : list) {
        seen.add(item.repr());
        if (seen.size() < 3) {
          list.append(py.integer(seen.size() + 1));
        }
      }
      assertEquals(List.of("1", "2", "3"), seen);
    });
  }

  @Test
  void aListContainingItselfPrintsAnEllipsis() {
    gil(py -> {
      PyList list = py.list(List.of());
      list.append(list);
      assertEquals("[[...]]", list.repr());
      PyDict dict = py.dict();
      dict.put(py.str("me"), dict);
      assertEquals("{'me': {...}}", dict.repr());
    });
  }

  @Test
  void tuplesPrintAndIndexLikePython() {
    gil(py -> {
      assertEquals("()", py.tuple().repr());
      assertEquals("(1,)", py.tuple(1).repr());
      PyTuple t = py.tuple(1, "a", null);
      assertEquals("(1, 'a', None)", t.repr());
      assertEquals("None", t.get(-1).repr());
      assertEquals(
          "tuple index out of range", assertThrows(PyIndexError.class, () -> t.get(3)).message());
      List<String> items = new ArrayList<>();
      t.forEach(item -> items.add(item.typeName()));
      assertEquals(List.of("int", "str", "NoneType"), items);
    });
  }

  @Test
  void dictKeysFollowPythonEquality() {
    gil(py -> {
      PyDict d = py.dict();
      d.put(py.integer(1), py.str("one"));
      d.put(py.str("a"), py.integer(2));
      assertEquals("'one'", d.get(py.bool(true)).repr(), "True == 1");
      assertEquals("'one'", d.get(py.floating(1.0)).repr(), "1.0 == 1");
      assertEquals("2", d.get(py.str("a")).repr());
      assertNull(d.get(py.str("b")));
      d.put(py.floating(1.0), py.str("uno"));
      assertEquals(2, d.size());
      assertEquals("{1: 'uno', 'a': 2}", d.repr());
      BigInteger huge = BigInteger.TWO.pow(80);
      d.put(py.integer(huge), py.str("big"));
      assertEquals("'big'", d.get(py.floating(0x1p80)).repr());
      d.put(py.tuple(1, "x"), py.none());
      assertTrue(d.get(py.tuple(1, "x")).isNone());
      assertEquals(4, d.keys().size());
      assertEquals("1", d.keys().get(0).repr());
    });
  }

  @Test
  void mutableKeysAreUnhashable() {
    gil(py -> {
      PyDict d = py.dict();
      assertEquals(
          "unhashable type: 'list'",
          assertThrows(PyTypeError.class, () -> d.put(py.list(List.of()), py.none())).message());
      assertEquals(
          "unhashable type: 'dict'",
          assertThrows(PyTypeError.class, () -> d.get(py.dict())).message());
      PyObject tupleWithList = py.tuple(py.list(List.of()));
      assertEquals(
          "unhashable type: 'tuple'",
          assertThrows(PyTypeError.class, () -> d.put(tupleWithList, py.none())).message());
    });
  }

  @Test
  void scalarsPrintLikePython() {
    gil(py -> {
      assertEquals("None", py.none().repr());
      assertEquals("True", py.bool(true).repr());
      assertEquals("False", py.bool(false).str());
      assertEquals("-12", py.integer(-12).repr());
      assertEquals("0.1", py.floating(0.1).repr());
      assertEquals("1e+16", py.floating(1e16).str());
      assertEquals("\"it's\"", py.str("it's").repr());
      assertEquals("it's", py.str("it's").str());
      assertEquals("b'\\x00a'", py.bytes(new byte[] {0, 'a'}).repr());
      assertEquals("b'\\x00a'", py.bytes(new byte[] {0, 'a'}).str());
    });
  }

  @Test
  void typeNamesAreThePythonOnes() {
    gil(py -> {
      assertEquals("NoneType", py.none().typeName());
      assertEquals("bool", py.bool(true).typeName());
      assertEquals("int", py.integer(1).typeName());
      assertEquals("float", py.floating(1).typeName());
      assertEquals("str", py.str("").typeName());
      assertEquals("bytes", py.bytes(new byte[0]).typeName());
      assertEquals("list", py.list(List.of()).typeName());
      assertEquals("tuple", py.tuple().typeName());
      assertEquals("dict", py.dict().typeName());
    });
  }

  @Test
  void truthIsPythons() {
    gil(py -> {
      assertFalse(py.none().isTrue());
      assertFalse(py.bool(false).isTrue());
      assertFalse(py.integer(0).isTrue());
      assertFalse(py.floating(0.0).isTrue());
      assertFalse(py.str("").isTrue());
      assertFalse(py.bytes(new byte[0]).isTrue());
      assertFalse(py.list(List.of()).isTrue());
      assertFalse(py.tuple().isTrue());
      assertFalse(py.dict().isTrue());
      assertTrue(py.integer(-1).isTrue());
      assertTrue(py.integer(BigInteger.TWO.pow(70)).isTrue());
      assertTrue(py.floating(0.5).isTrue());
      assertTrue(py.str("0").isTrue());
      assertTrue(py.list(List.of(0)).isTrue());
      assertTrue(py.none().isNone());
      assertFalse(py.integer(0).isNone());
    });
  }

  @Test
  void singletonsAreSingletons() {
    gil(py -> {
      assertSame(py.none(), py.toPython(null));
      assertSame(py.bool(true), py.toPython(true));
      assertSame(py.integer(7), py.integer(7));
    });
  }

  @Test
  void boolIsAnInt() {
    gil(py -> {
      PyLong t = py.bool(true).cast(PyLong.class);
      assertEquals(1, t.longValue());
      assertEquals(BigInteger.ZERO, py.bool(false).cast(PyLong.class).bigValue());
    });
  }

  @Test
  void bigIntsOverflowALong() {
    gil(py -> {
      PyLong big = py.integer(BigInteger.TWO.pow(64));
      assertEquals("18446744073709551616", big.repr());
      assertEquals(BigInteger.TWO.pow(64), big.bigValue());
      assertEquals(
          "Python int too large to convert to C long",
          assertThrows(PyOverflowError.class, big::longValue).message());
      assertEquals(Long.MIN_VALUE, py.integer(BigInteger.valueOf(Long.MIN_VALUE)).longValue());
    });
  }

  @Test
  void bytesAreCopied() {
    gil(py -> {
      byte[] data = {1, 2};
      var bytes = py.bytes(data);
      data[0] = 9;
      byte[] out = bytes.toByteArray();
      assertEquals(1, out[0]);
      out[1] = 9;
      assertEquals(2, bytes.toByteArray()[1]);
      assertEquals(2, bytes.length());
    });
  }

  @Test
  void castChecksThePythonType() {
    gil(py -> {
      PyObject s = py.str("x");
      assertEquals("x", s.cast(PyStr.class).value());
      assertSame(s, s.cast(PyObject.class));
      assertEquals(
          "expected list, not str",
          assertThrows(PyTypeError.class, () -> s.cast(PyList.class)).message());
    });
  }

  @Test
  void plainObjectsHaveNoAttributesAndCannotBeCalled() {
    gil(py -> {
      PyObject one = py.integer(1);
      assertEquals(
          "'int' object has no attribute 'x'",
          assertThrows(PyAttributeError.class, () -> one.getAttr("x")).message());
      assertEquals(
          "'int' object is not callable",
          assertThrows(PyTypeError.class, () -> one.call()).message());
      assertEquals(
          "'list' object is not callable",
          assertThrows(PyTypeError.class, () -> py.list(List.of()).call(List.of(), null))
              .message());
    });
  }

  @Test
  void javaNullIsNotAPythonObject() {
    gil(py -> {
      PyList list = py.list(List.of());
      assertThrows(NullPointerException.class, () -> list.append(null));
      assertEquals(0, list.size());
    });
  }

  @Test
  void everyOperationChecksTheLock() {
    List<PyObject> objects = new ArrayList<>();
    gil(py -> objects.addAll(Arrays.asList(
        py.none(), py.bool(true), py.integer(1), py.floating(1), py.str("s"),
        py.bytes(new byte[0]), py.list(List.of()), py.tuple(), py.dict())));
    for (PyObject o : objects) {
      assertThrows(IllegalStateException.class, o::typeName);
      assertThrows(IllegalStateException.class, o::repr);
      assertThrows(IllegalStateException.class, o::str);
      assertThrows(IllegalStateException.class, o::isNone);
      assertThrows(IllegalStateException.class, o::isTrue);
      assertThrows(IllegalStateException.class, () -> o.getAttr("x"));
      assertThrows(IllegalStateException.class, () -> o.call());
      assertThrows(IllegalStateException.class, () -> o.cast(PyObject.class));
      assertTrue(o.toString().contains("needs the interpreter lock"), o.toString());
    }
    PyList list = (PyList) objects.get(6);
    assertThrows(IllegalStateException.class, list::iterator);
    assertThrows(IllegalStateException.class, () -> list.append(objects.get(0)));
    PyDict dict = (PyDict) objects.get(8);
    assertThrows(IllegalStateException.class, dict::keys);
    assertThrows(IllegalStateException.class, () -> dict.get(objects.get(0)));
    assertThrows(IllegalStateException.class, () -> ((PyStr) objects.get(4)).value());
    assertThrows(IllegalStateException.class, () -> ((PyLong) objects.get(2)).longValue());
  }
}
