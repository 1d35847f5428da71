package dev.pyjava.runtime.exceptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExceptionMapperTest {
  @TempDir Path dir;

  /** Maps {@code t} and checks what every mapped Java exception carries: cause and Java trace. */
  private static PyException mapped(Throwable t) {
    PyException py = ExceptionMapper.toPython(t);
    assertSame(t, py.getCause());
    assertEquals(1, py.notes().size(), py.notes().toString());
    String note = py.notes().get(0);
    assertTrue(note.startsWith("Java stack trace:\n" + t), note);
    if (t.getStackTrace().length > 0) {
      assertTrue(note.contains("\tat "), note);
    }
    return py;
  }

  private static void assertPython(
      PyException py, String type, String message, Object... args) {
    assertEquals(type, py.pythonType());
    assertEquals(message, py.message());
    assertEquals(Arrays.asList(args), py.pythonArgs());
  }

  private static Throwable thrownBy(ThrowingAction action) {
    try {
      action.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("nothing was thrown");
  }

  private interface ThrowingAction {
    void run() throws Throwable;
  }

  @Test
  void aPythonExceptionIsItself() {
    PyValueError e = new PyValueError("bad");
    assertSame(e, ExceptionMapper.toPython(e));
    assertTrue(e.notes().isEmpty());
  }

  @Test
  void noSuchFileIsFileNotFoundError() {
    Throwable t = thrownBy(() -> Files.readString(dir.resolve("x.txt")));
    assertInstanceOf(NoSuchFileException.class, t);
    PyException py = mapped(t);
    assertInstanceOf(PyFileNotFoundError.class, py);
    String file = dir.resolve("x.txt").toString();
    assertPython(
        py, "FileNotFoundError", "[Errno 2] No such file or directory: '" + file + "'",
        2, "No such file or directory", file);
  }

  @Test
  void javaIoFileNotFoundIsFileNotFoundError() {
    Throwable t = thrownBy(() -> new FileInputStream(dir.resolve("x.txt").toFile()).close());
    assertInstanceOf(FileNotFoundException.class, t);
    String file = dir.resolve("x.txt").toString();
    assertPython(
        mapped(t), "FileNotFoundError", "[Errno 2] No such file or directory: '" + file + "'",
        2, "No such file or directory", file);
    assertPython(
        mapped(new FileNotFoundException("x.txt")), "FileNotFoundError",
        "[Errno 2] No such file or directory: 'x.txt'", 2, "No such file or directory", "x.txt");
  }

  @Test
  void javaIoFileNotFoundOfADirectoryIsIsADirectoryError() {
    Throwable t = thrownBy(() -> new FileInputStream(dir.toFile()).close());
    PyException py = mapped(t);
    assertInstanceOf(PyIsADirectoryError.class, py);
    assertPython(
        py, "IsADirectoryError", "[Errno 21] Is a directory: '" + dir + "'",
        21, "Is a directory", dir.toString());
  }

  @Test
  void javaIoFileNotFoundForPermissionIsPermissionError() {
    PyException py = mapped(new FileNotFoundException("secret.txt (Permission denied)"));
    assertInstanceOf(PyPermissionError.class, py);
    assertPython(
        py, "PermissionError", "[Errno 13] Permission denied: 'secret.txt'",
        13, "Permission denied", "secret.txt");
  }

  @Test
  void accessDeniedIsPermissionError() {
    PyException py = mapped(new AccessDeniedException("secret.txt"));
    assertInstanceOf(PyPermissionError.class, py);
    assertPython(
        py, "PermissionError", "[Errno 13] Permission denied: 'secret.txt'",
        13, "Permission denied", "secret.txt");
  }

  @Test
  void fileAlreadyExistsIsFileExistsError() throws IOException {
    Throwable t = thrownBy(() -> Files.createDirectory(dir));
    PyException py = mapped(t);
    assertInstanceOf(PyFileExistsError.class, py);
    assertPython(
        py, "FileExistsError", "[Errno 17] File exists: '" + dir + "'",
        17, "File exists", dir.toString());
  }

  @Test
  void notDirectoryIsNotADirectoryError() {
    PyException py = mapped(new NotDirectoryException("f"));
    assertInstanceOf(PyNotADirectoryError.class, py);
    assertPython(py, "NotADirectoryError", "[Errno 20] Not a directory: 'f'", 20, "Not a directory", "f");
  }

  @Test
  void fileSystemExceptionWithAKnownReasonGetsItsErrno() {
    PyException py = mapped(new FileSystemException("d", null, "Directory not empty"));
    assertInstanceOf(PyOSError.class, py);
    assertPython(py, "OSError", "[Errno 39] Directory not empty: 'd'", 39, "Directory not empty", "d");
    assertInstanceOf(
        PyIsADirectoryError.class, mapped(new FileSystemException("d", null, "Is a directory")));
  }

  @Test
  void readErrorWhoseMessageIsAnErrnoTextGetsItsErrnoAndNoFilename() throws IOException {
    // What a read of a failing disk throws: the message is strerror(EIO) alone.
    PyException py = mapped(new IOException("Input/output error"));
    assertPython(py, "OSError", "[Errno 5] Input/output error", 5, "Input/output error");
    // A read of a directory's descriptor, as Java's own channel gives it.
    Throwable t = thrownBy(() -> Files.readAllBytes(dir));
    assertPython(mapped(t), "IsADirectoryError", "[Errno 21] Is a directory", 21, "Is a directory");
  }

  @Test
  void symbolicLinkLoopIsErrno40() throws IOException {
    Path loop = Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
    Throwable t = thrownBy(() -> Files.readAllBytes(loop));
    assertPython(
        mapped(t), "OSError", "[Errno 40] Too many levels of symbolic links: '" + loop + "'",
        40, "Too many levels of symbolic links", loop.toString());
  }

  @Test
  void otherIoExceptionsAreOSError() {
    assertPython(mapped(new IOException("disk on fire")), "OSError", "disk on fire", "disk on fire");
    assertPython(
        mapped(new FileSystemException("f", null, "strange")), "OSError", "f: strange", "f: strange");
    assertPython(
        mapped(new java.io.EOFException()), "OSError", "java.io.EOFException", "java.io.EOFException");
  }

  @Test
  void malformedInputIsUnicodeDecodeError() throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'a', 'b', 'c', (byte) 0xff});
    Throwable t = thrownBy(() -> Files.readString(file));
    assertInstanceOf(MalformedInputException.class, t);
    PyException py = mapped(t);
    assertInstanceOf(PyUnicodeDecodeError.class, py);
    String reason = "invalid data (Java: Input length = 1; position unknown)";
    assertEquals("UnicodeDecodeError", py.pythonType());
    assertEquals("'utf-8' codec can't decode bytes in position 0-0: " + reason, py.message());
    List<Object> args = py.pythonArgs();
    assertEquals("utf-8", args.get(0));
    assertEquals(0, ((byte[]) args.get(1)).length);
    assertEquals(List.of(0, 1, reason), args.subList(2, 5));
  }

  @Test
  void illegalArgumentIsValueError() {
    assertPython(mapped(new IllegalArgumentException("bad")), "ValueError", "bad", "bad");
    Throwable t = thrownBy(() -> Integer.parseInt("x"));
    assertPython(mapped(t), "ValueError", "For input string: \"x\"", "For input string: \"x\"");
  }

  @Test
  void indexOutOfBoundsIsIndexError() {
    Throwable t = thrownBy(() -> List.of(1).get(5));
    PyException py = mapped(t);
    assertInstanceOf(PyIndexError.class, py);
    assertEquals("IndexError", py.pythonType());
    assertEquals(t.getMessage(), py.message());
  }

  @Test
  void divisionByZeroIsZeroDivisionError() {
    int zero = 0;
    assertPython(mapped(thrownBy(() -> System.out.print(1 / zero))),
        "ZeroDivisionError", "/ by zero", "/ by zero");
    assertPython(mapped(thrownBy(() -> BigInteger.ONE.divide(BigInteger.ZERO))),
        "ZeroDivisionError", "BigInteger divide by zero", "BigInteger divide by zero");
    assertPython(mapped(thrownBy(() -> BigDecimal.ONE.divide(BigDecimal.ZERO))),
        "ZeroDivisionError", "Division by zero", "Division by zero");
  }

  @Test
  void otherArithmeticIsArithmeticErrorOrOverflowError() {
    assertPython(mapped(thrownBy(() -> Math.addExact(Integer.MAX_VALUE, 1))),
        "OverflowError", "integer overflow", "integer overflow");
    PyException py = mapped(thrownBy(() -> BigDecimal.ONE.divide(BigDecimal.valueOf(3))));
    assertEquals("ArithmeticError", py.pythonType());
    assertInstanceOf(PyArithmeticError.class, py);
  }

  @Test
  void unsupportedOperationIsNotImplementedError() {
    PyException py = mapped(thrownBy(() -> List.of().add(1)));
    assertInstanceOf(PyNotImplementedError.class, py);
    assertEquals("NotImplementedError", py.pythonType());
  }

  @Test
  void aWriteToAReadOnlyBufferIsBufferError() {
    String message =
        "cannot write to a read-only buffer: the argument's exporter does not allow writing";
    PyException py =
        mapped(thrownBy(() -> java.nio.ByteBuffer.allocate(1).asReadOnlyBuffer().put((byte) 1)));
    assertPython(py, "BufferError", message, message);
  }

  @Test
  void outOfMemoryIsMemoryError() {
    assertPython(mapped(new OutOfMemoryError("Metaspace")), "MemoryError", "Metaspace", "Metaspace");
  }

  @Test
  void outOfHeapIsMemoryErrorNamingTheBoundAndHowToRaiseIt() {
    String message =
        "Java heap space (the heap's maximum is " + (Runtime.getRuntime().maxMemory() >> 20)
            + " MB: raise it with the JVM option -Xmx)";
    assertPython(mapped(new OutOfMemoryError("Java heap space")), "MemoryError", message, message);
  }

  @Test
  void stackOverflowIsRecursionError() {
    Throwable t = thrownBy(ExceptionMapperTest::recurse);
    assertInstanceOf(StackOverflowError.class, t);
    String message = "maximum recursion depth exceeded (Java stack overflow)";
    assertPython(mapped(t), "RecursionError", message, message);
  }

  private static int recurse() {
    return recurse() + 1;
  }

  @Test
  void anythingElseIsRuntimeErrorNamingTheJavaException() {
    assertPython(mapped(new IllegalStateException("boom")),
        "RuntimeError", "java.lang.IllegalStateException: boom",
        "java.lang.IllegalStateException: boom");
    PyException py = mapped(thrownBy(() -> ((Object) null).hashCode()));
    assertInstanceOf(PyRuntimeError.class, py);
    assertTrue(py.message().startsWith("java.lang.NullPointerException"), py.message());
  }

  @Test
  void javaAssertionErrorIsAssertionError() {
    assertPython(mapped(new AssertionError("nope")), "AssertionError", "nope", "nope");
  }

  @Test
  void timeoutIsTimeoutError() {
    assertPython(mapped(new TimeoutException("slow")), "TimeoutError", "slow", "slow");
  }

  @Test
  void wrappersAreMappedByTheirCause() {
    ExecutionException wrapped = new ExecutionException(new IllegalArgumentException("bad"));
    PyException py = mapped(wrapped);
    assertPython(py, "ValueError", "bad", "bad");
    PyValueError own = new PyValueError("mine");
    assertSame(own, ExceptionMapper.toPython(new ExecutionException(own)));
    assertTrue(own.notes().isEmpty(), "a Python exception of the user's was changed");
    UncheckedIOException unchecked = new UncheckedIOException(new NoSuchFileException("f"));
    assertEquals("FileNotFoundError", mapped(unchecked).pythonType());
  }

  @Test
  void neverThrowsEvenWhenTheThrowableItselfFails() {
    RuntimeException hostile = new RuntimeException() {
      @Override
      public String getMessage() {
        throw new OutOfMemoryError("simulated");
      }
    };
    PyException py = ExceptionMapper.toPython(hostile);
    assertEquals("MemoryError", py.pythonType());
  }
}
