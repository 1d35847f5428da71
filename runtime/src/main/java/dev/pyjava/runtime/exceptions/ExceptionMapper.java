package dev.pyjava.runtime.exceptions;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.SocketTimeoutException;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Turns any Java throwable into the Python exception Python code should see.
 *
 * <p>A {@link PyException} is itself. Otherwise the Python exception carries the Java one as its
 * cause and the Java stack trace as a note. Wrappers whose meaning is their cause ({@link
 * UncheckedIOException}, {@link ExecutionException}, {@link CompletionException}, {@link
 * InvocationTargetException}, {@link UndeclaredThrowableException}) are mapped by that cause.
 */
public final class ExceptionMapper {
  /**
   * The message of an {@link OutOfMemoryError}: for the heap, with its bound and the option that
   * raises it (a JVM inside Python gets a bound of its own by default).
   */
  private static String outOfMemoryMessage(String message) {
    if (!"Java heap space".equals(message)) {
      return message;
    }
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    return message + " (the heap's maximum is " + mb + " MB: raise it with the JVM option -Xmx)";
  }

  private static final String RECURSION_MESSAGE =
      "maximum recursion depth exceeded (Java stack overflow)";

  /**
   * A write to the read-only view of a buffer argument ({@code bytes}, a read-only {@code
   * memoryview} or numpy array): Python's {@code BufferError}.
   */
  private static final String READ_ONLY_MESSAGE =
      "cannot write to a read-only buffer: the argument's exporter does not allow writing";

  /** What {@code java.nio.file} adds to the text of {@code ELOOP} in its reason. */
  private static final String SYMBOLIC_LINK_SUFFIX =
      " or unable to access attributes of symbolic link";

  /** Thrown when memory is too short even to build the right exception. */
  private static final PyException OUT_OF_MEMORY =
      new PyException("MemoryError", "out of memory", List.of(), null, true);

  private ExceptionMapper() {}

  /**
   * The Python exception for {@code t}: {@code t} itself when it is one (or wraps one), else a
   * new one. Never throws, even when memory is short.
   */
  public static PyException toPython(Throwable t) {
    if (t instanceof PyException py) {
      if (py.notes().isEmpty() && ModuleExceptions.pythonName(py.getClass()) != null) {
        // A module's own exception class carries the Java trace, as a mapped throwable does.
        py.addNote(javaStackTrace(py));
      }
      return py;
    }
    try {
      Throwable meaning = meaningOf(t);
      if (meaning instanceof PyException py) {
        return py;
      }
      PyException mapped = map(meaning, t);
      mapped.addNote(javaStackTrace(t));
      return mapped;
    } catch (Throwable mappingFailed) {
      return fallback(t);
    }
  }

  private static PyException fallback(Throwable t) {
    try {
      return t instanceof StackOverflowError
          ? new PyRecursionError(RECURSION_MESSAGE, t)
          : new PyMemoryError(String.valueOf(t.getMessage()), t);
    } catch (Throwable stillFailing) {
      return OUT_OF_MEMORY;
    }
  }

  /** The throwable that says what went wrong: the cause of a mere wrapper. */
  private static Throwable meaningOf(Throwable t) {
    Throwable current = t;
    for (int depth = 0; depth < 16 && isWrapper(current) && current.getCause() != null; depth++) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean isWrapper(Throwable t) {
    return t instanceof UncheckedIOException
        || t instanceof ExecutionException
        || t instanceof CompletionException
        || t instanceof InvocationTargetException
        || t instanceof UndeclaredThrowableException;
  }

  private static PyException map(Throwable what, Throwable original) {
    String message = messageOf(what);
    return switch (what) {
      case NoSuchFileException e -> PyOSError.of(Errno.ENOENT, e.getFile(), original);
      case AccessDeniedException e -> PyOSError.of(Errno.EACCES, e.getFile(), original);
      case FileAlreadyExistsException e -> PyOSError.of(Errno.EEXIST, e.getFile(), original);
      case NotDirectoryException e -> PyOSError.of(Errno.ENOTDIR, e.getFile(), original);
      case FileSystemException e -> fileSystemError(e, original);
      case FileNotFoundException e -> fileNotFound(e, original);
      case CharacterCodingException e -> decodeError(e, original);
      case SocketTimeoutException e -> new PyTimeoutError(message, original);
      case IOException e -> ioError(e, original);
      case TimeoutException e -> new PyTimeoutError(message, original);
      case IllegalArgumentException e -> new PyValueError(message, original);
      case IndexOutOfBoundsException e -> new PyIndexError(message, original);
      case ArithmeticException e -> arithmeticError(message, original);
      case ReadOnlyBufferException e ->
          new PyException("BufferError", READ_ONLY_MESSAGE, List.of(READ_ONLY_MESSAGE), original);
      case UnsupportedOperationException e -> new PyNotImplementedError(message, original);
      case OutOfMemoryError e -> new PyMemoryError(outOfMemoryMessage(message), original);
      case StackOverflowError e -> new PyRecursionError(RECURSION_MESSAGE, original);
      case AssertionError e -> new PyAssertionError(message, original);
      default -> new PyRuntimeError(what.toString(), original);
    };
  }

  /** {@code java.nio.file}'s error with a reason such as {@code Is a directory}. */
  private static PyException fileSystemError(FileSystemException e, Throwable original) {
    String reason = e.getReason();
    Errno errno =
        reason != null && reason.endsWith(SYMBOLIC_LINK_SUFFIX)
            ? Errno.byStrerror(reason.substring(0, reason.length() - SYMBOLIC_LINK_SUFFIX.length()))
            : Errno.byStrerror(reason);
    if (errno != null) {
      return PyOSError.of(errno, e.getFile(), original);
    }
    return new PyOSError(messageOf(e), original);
  }

  /**
   * An {@code IOException} of a read or write, whose message is the errno's text alone ({@code
   * Input/output error}): Python's {@code OSError} of a read names no file either.
   */
  private static PyException ioError(IOException e, Throwable original) {
    Errno errno = Errno.byStrerror(e.getMessage());
    return errno != null ? PyOSError.of(errno, null, original) : new PyOSError(messageOf(e), original);
  }

  /**
   * {@code java.io}'s "file not found", whose message is {@code name (reason)}: the reason may be
   * {@code Permission denied} or {@code Is a directory} rather than a missing file.
   */
  private static PyException fileNotFound(FileNotFoundException e, Throwable original) {
    String text = e.getMessage();
    if (text == null) {
      return PyOSError.of(Errno.ENOENT, null, original);
    }
    int open = text.lastIndexOf(" (");
    if (open < 0 || !text.endsWith(")")) {
      return PyOSError.of(Errno.ENOENT, text, original);
    }
    String filename = text.substring(0, open);
    String reason = text.substring(open + 2, text.length() - 1);
    Errno errno = Errno.byStrerror(reason);
    return errno != null
        ? PyOSError.of(errno, filename, original)
        : new PyFileNotFoundError(Errno.ENOENT.number(), reason, filename, original);
  }

  /**
   * Java does not say which bytes were bad, nor in which encoding: the error names UTF-8 (Java's
   * default), an empty object, and Java's own description as the reason.
   */
  private static PyException decodeError(CharacterCodingException e, Throwable original) {
    int length = e instanceof MalformedInputException m ? m.getInputLength() : 1;
    String reason =
        (e instanceof MalformedInputException ? "invalid data" : "unmappable character")
            + " (Java: "
            + messageOf(e)
            + "; position unknown)";
    return new PyUnicodeDecodeError("utf-8", new byte[0], 0, length, reason, original);
  }

  private static PyException arithmeticError(String message, Throwable original) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("by zero") || lower.equals("division undefined")) {
      return new PyZeroDivisionError(message, original);
    }
    if (lower.contains("overflow")) {
      return new PyOverflowError(message, original);
    }
    return new PyArithmeticError(message, original);
  }

  /** The Java message, or the class name when there is none. */
  private static String messageOf(Throwable t) {
    String message = t.getMessage();
    return message != null ? message : t.getClass().getName();
  }

  /** The full Java stack trace, causes included, as Python shows a note. */
  private static String javaStackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    out.write("Java stack trace:\n");
    t.printStackTrace(new PrintWriter(out, true));
    return out.toString().stripTrailing();
  }
}
