package dev.pyjava.runtime.exceptions;

import java.util.List;

/**
 * Makes the Java exception for a Python exception reported by name, as a backend does when
 * Python code raises: built-in types in the hierarchy get their class ({@code ValueError} gives
 * {@link PyValueError}), any other type a plain {@link PyException}.
 */
public final class BuiltinExceptions {
  private BuiltinExceptions() {}

  /**
   * The exception of the given Python type.
   *
   * @param pythonType the type's name: {@code ValueError}, {@code mymod.MyError}
   * @param message {@code str(exc)}
   * @param pythonArgs {@code exc.args}, as plain Java values
   * @param cause the Java cause, or {@code null}
   */
  public static PyException create(
      String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    String t = pythonType;
    return switch (pythonType) {
      case "ArithmeticError" -> new PyArithmeticError(t, message, pythonArgs, cause);
      case "ZeroDivisionError" -> new PyZeroDivisionError(t, message, pythonArgs, cause);
      case "OverflowError" -> new PyOverflowError(t, message, pythonArgs, cause);
      case "LookupError" -> new PyLookupError(t, message, pythonArgs, cause);
      case "IndexError" -> new PyIndexError(t, message, pythonArgs, cause);
      case "KeyError" -> new PyKeyError(t, message, pythonArgs, cause);
      case "OSError", "IOError", "EnvironmentError" ->
          new PyOSError("OSError", message, pythonArgs, cause);
      case "FileNotFoundError" -> new PyFileNotFoundError(t, message, pythonArgs, cause);
      case "PermissionError" -> new PyPermissionError(t, message, pythonArgs, cause);
      case "FileExistsError" -> new PyFileExistsError(t, message, pythonArgs, cause);
      case "IsADirectoryError" -> new PyIsADirectoryError(t, message, pythonArgs, cause);
      case "NotADirectoryError" -> new PyNotADirectoryError(t, message, pythonArgs, cause);
      case "TimeoutError" -> new PyTimeoutError(t, message, pythonArgs, cause);
      case "RuntimeError" -> new PyRuntimeError(t, message, pythonArgs, cause);
      case "NotImplementedError" -> new PyNotImplementedError(t, message, pythonArgs, cause);
      case "RecursionError" -> new PyRecursionError(t, message, pythonArgs, cause);
      case "TypeError" -> new PyTypeError(t, message, pythonArgs, cause);
      case "ValueError" -> new PyValueError(t, message, pythonArgs, cause);
      case "UnicodeError" -> new PyUnicodeError(t, message, pythonArgs, cause);
      case "UnicodeDecodeError" -> new PyUnicodeDecodeError(t, message, pythonArgs, cause);
      case "UnicodeEncodeError" -> new PyUnicodeEncodeError(t, message, pythonArgs, cause);
      case "MemoryError" -> new PyMemoryError(t, message, pythonArgs, cause);
      case "AttributeError" -> new PyAttributeError(t, message, pythonArgs, cause);
      case "ImportError" -> new PyImportError(t, message, pythonArgs, cause);
      case "ModuleNotFoundError" -> new PyModuleNotFoundError(t, message, pythonArgs, cause);
      case "AssertionError" -> new PyAssertionError(t, message, pythonArgs, cause);
      case "StopIteration" -> new PyStopIteration(t, message, pythonArgs, cause);
      case "KeyboardInterrupt" -> new PyKeyboardInterrupt(t, message, pythonArgs, cause);
      case "SystemExit" -> new PySystemExit(t, message, pythonArgs, cause);
      default -> new PyException(t, message, pythonArgs, cause);
    };
  }
}
