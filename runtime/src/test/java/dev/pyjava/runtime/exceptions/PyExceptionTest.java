package dev.pyjava.runtime.exceptions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages and args are Python 3.11's, checked against python3 while writing this test. */
class PyExceptionTest {
  @Test
  void exceptionFromAMessage() {
    PyException e = new PyException("bad");
    assertEquals("Exception", e.pythonType());
    assertEquals("bad", e.message());
    assertEquals("bad", e.getMessage());
    assertEquals(List.of("bad"), e.pythonArgs());
    assertEquals("Exception: bad", e.toString());
    PyException empty = new PyException((String) null);
    assertEquals("", empty.message());
    assertEquals(List.of(), empty.pythonArgs());
    assertEquals("Exception", empty.toString());
  }

  @Test
  void exceptionOfAnyPythonType() {
    IllegalStateException cause = new IllegalStateException();
    PyException e =
        new PyException("mymod.MyError", "('a', None)", Arrays.asList("a", null), cause);
    assertEquals("mymod.MyError", e.pythonType());
    assertEquals(Arrays.asList("a", null), e.pythonArgs());
    assertSame(cause, e.getCause());
    assertThrows(IllegalArgumentException.class, () -> new PyException("", "m", List.of()));
  }

  @Test
  void notesAccumulate() {
    PyException e = new PyValueError("bad");
    e.addNote("first");
    e.addNote("second");
    assertEquals(List.of("first", "second"), e.notes());
    assertThrows(UnsupportedOperationException.class, () -> e.notes().add("x"));
  }

  @Test
  void everyTypeNamesItsPythonType() {
    Map<PyException, String> types = new LinkedHashMap<>();
    types.put(new PyArithmeticError("m"), "ArithmeticError");
    types.put(new PyZeroDivisionError("m"), "ZeroDivisionError");
    types.put(new PyOverflowError("m"), "OverflowError");
    types.put(new PyLookupError("m"), "LookupError");
    types.put(new PyIndexError("m"), "IndexError");
    types.put(new PyKeyError("m"), "KeyError");
    types.put(new PyOSError("m"), "OSError");
    types.put(new PyFileNotFoundError("m"), "FileNotFoundError");
    types.put(new PyPermissionError("m"), "PermissionError");
    types.put(new PyFileExistsError("m"), "FileExistsError");
    types.put(new PyIsADirectoryError("m"), "IsADirectoryError");
    types.put(new PyNotADirectoryError("m"), "NotADirectoryError");
    types.put(new PyTimeoutError("m"), "TimeoutError");
    types.put(new PyRuntimeError("m"), "RuntimeError");
    types.put(new PyNotImplementedError("m"), "NotImplementedError");
    types.put(new PyRecursionError("m"), "RecursionError");
    types.put(new PyTypeError("m"), "TypeError");
    types.put(new PyValueError("m"), "ValueError");
    types.put(new PyUnicodeError("m"), "UnicodeError");
    types.put(new PyMemoryError("m"), "MemoryError");
    types.put(new PyAttributeError("m"), "AttributeError");
    types.put(new PyImportError("m"), "ImportError");
    types.put(new PyModuleNotFoundError("m"), "ModuleNotFoundError");
    types.put(new PyAssertionError("m"), "AssertionError");
    types.put(new PyStopIteration("m"), "StopIteration");
    types.put(new PyKeyboardInterrupt("m"), "KeyboardInterrupt");
    types.put(new PySystemExit("m"), "SystemExit");
    types.forEach((e, type) -> {
      assertEquals(type, e.pythonType());
      PyException recreated = BuiltinExceptions.create(type, e.message(), e.pythonArgs(), null);
      assertSame(e.getClass(), recreated.getClass(), type);
      assertEquals(type, recreated.pythonType());
    });
  }

  @Test
  void theJavaHierarchyMirrorsPythons() {
    assertInstanceOf(PyArithmeticError.class, new PyZeroDivisionError("m"));
    assertInstanceOf(PyArithmeticError.class, new PyOverflowError("m"));
    assertInstanceOf(PyLookupError.class, new PyKeyError("m"));
    assertInstanceOf(PyLookupError.class, new PyIndexError("m"));
    assertInstanceOf(PyOSError.class, new PyTimeoutError("m"));
    assertInstanceOf(PyRuntimeError.class, new PyRecursionError("m"));
    assertInstanceOf(PyValueError.class, new PyUnicodeDecodeError("utf-8", new byte[1], 0, 1, "r"));
    assertInstanceOf(PyUnicodeError.class, new PyUnicodeEncodeError("ascii", "é", 0, 1, "r"));
    assertInstanceOf(PyImportError.class, new PyModuleNotFoundError("m"));
  }

  @Test
  void unknownTypesStayPlainExceptions() {
    PyException e = BuiltinExceptions.create("mymod.MyError", "m", List.of("m"), null);
    assertSame(PyException.class, e.getClass());
    assertEquals("mymod.MyError", e.pythonType());
    assertEquals("OSError", BuiltinExceptions.create("IOError", "m", List.of("m"), null).pythonType());
  }

  @Test
  void osErrorWithErrnoFilenameAndWithout() {
    PyOSError withFile = new PyFileNotFoundError(2, "No such file or directory", "x.txt", null);
    assertEquals("[Errno 2] No such file or directory: 'x.txt'", withFile.message());
    assertEquals(List.of(2, "No such file or directory", "x.txt"), withFile.pythonArgs());
    assertEquals(2, withFile.errno());
    assertEquals("No such file or directory", withFile.strerror());
    assertEquals("x.txt", withFile.filename());

    PyOSError noFile = new PyOSError(2, "No such file or directory", null, null);
    assertEquals("[Errno 2] No such file or directory", noFile.message());
    assertEquals(List.of(2, "No such file or directory"), noFile.pythonArgs());
    assertNull(noFile.filename());

    PyOSError message = new PyFileNotFoundError("x.txt");
    assertEquals("x.txt", message.message());
    assertEquals(List.of("x.txt"), message.pythonArgs());
    assertNull(message.errno());
    assertNull(message.strerror());

    assertEquals(
        "[Errno 2] No such file or directory: \"it's\"",
        PyOSError.of(Errno.ENOENT, "it's", null).message());
  }

  @Test
  void osErrorOfPicksTheSubclassPythonWould() {
    assertInstanceOf(PyFileNotFoundError.class, PyOSError.of(Errno.ENOENT, "f", null));
    assertInstanceOf(PyPermissionError.class, PyOSError.of(Errno.EPERM, "f", null));
    assertInstanceOf(PyPermissionError.class, PyOSError.of(Errno.EACCES, "f", null));
    assertInstanceOf(PyFileExistsError.class, PyOSError.of(Errno.EEXIST, "f", null));
    assertInstanceOf(PyIsADirectoryError.class, PyOSError.of(Errno.EISDIR, "f", null));
    assertInstanceOf(PyNotADirectoryError.class, PyOSError.of(Errno.ENOTDIR, "f", null));
    assertInstanceOf(PyTimeoutError.class, PyOSError.of(Errno.ETIMEDOUT, null, null));
    assertSame(PyOSError.class, PyOSError.of(Errno.ENOSPC, "f", null).getClass());
    assertEquals(
        "[Errno 28] No space left on device: 'f'", PyOSError.of(Errno.ENOSPC, "f", null).message());
  }

  @Test
  void keyErrorPrintsTheKeysRepr() {
    PyKeyError e = new PyKeyError("a");
    assertEquals("'a'", e.message());
    assertEquals(List.of("a"), e.pythonArgs());
  }

  @Test
  void unicodeDecodeErrorReadsLikePythons() {
    byte[] data = {'a', 'b', 'c', (byte) 0xff};
    PyUnicodeDecodeError e = new PyUnicodeDecodeError("utf-8", data, 3, 4, "invalid start byte");
    assertEquals(
        "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte", e.message());
    List<Object> args = e.pythonArgs();
    assertEquals("utf-8", args.get(0));
    assertArrayEquals(data, (byte[]) args.get(1));
    assertEquals(List.of(3, 4, "invalid start byte"), args.subList(2, 5));
    data[3] = 0;
    assertArrayEquals(new byte[] {'a', 'b', 'c', (byte) 0xff}, (byte[]) args.get(1), "not copied");

    assertEquals(
        "'utf-8' codec can't decode bytes in position 0-1: x",
        new PyUnicodeDecodeError("utf-8", new byte[] {'a', 'b'}, 0, 2, "x").message());
  }

  @Test
  void unicodeEncodeErrorReadsLikePythons() {
    assertEquals(
        "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
        new PyUnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)").message());
    assertEquals(
        "'ascii' codec can't encode character '\\u1234' in position 1: r",
        new PyUnicodeEncodeError("ascii", "a\u1234😀", 1, 2, "r").message());
    assertEquals(
        "'ascii' codec can't encode character '\\U0001f600' in position 1: r",
        new PyUnicodeEncodeError("ascii", "a😀", 1, 2, "r").message());
    assertEquals(
        "'ascii' codec can't encode characters in position 0-1: r",
        new PyUnicodeEncodeError("ascii", "abc", 0, 2, "r").message());
    assertEquals(
        List.of("ascii", "abc", 0, 2, "r"),
        new PyUnicodeEncodeError("ascii", "abc", 0, 2, "r").pythonArgs());
  }

  @Test
  void systemExitCarriesItsCode() {
    PySystemExit e = new PySystemExit(3);
    assertEquals("3", e.message());
    assertEquals(List.of(3), e.pythonArgs());
  }
}
