package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.cpython.ffi.capi.ErrorApi;
import java.util.HashMap;
import java.util.Map;

/**
 * The built-in exception classes by name, read once from the C-API's {@code PyExc_*} variables.
 *
 * <p>Finding them needs no import and no call into Python, so an exception keeps its type where
 * such a call fails: at the recursion limit, and while the interpreter shuts down and clears the
 * {@code builtins} module.
 */
final class BuiltinExceptionTypes {
  private BuiltinExceptionTypes() {}

  /** Every {@code PyExc_*} class variable of 3.11 and later; a version without one skips it. */
  private static final String[] NAMES = {
    "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt",
    "SystemExit", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
    "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError",
    "ModuleNotFoundError", "LookupError", "IndexError", "KeyError", "MemoryError", "NameError",
    "UnboundLocalError", "OSError", "EnvironmentError", "IOError", "BlockingIOError",
    "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
    "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError", "ReferenceError", "RuntimeError",
    "NotImplementedError", "RecursionError", "PythonFinalizationError", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError",
    "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeTranslateError", "Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning",
    "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
    "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning",
  };

  private static final Map<String, Long> TYPES = read();

  /** The class named {@code name} (borrowed: they live as long as the interpreter), or 0. */
  static long named(String name) {
    Long type = TYPES.get(name);
    return type == null ? 0 : type;
  }

  private static Map<String, Long> read() {
    Map<String, Long> types = new HashMap<>();
    for (String name : NAMES) {
      long type = ErrorApi.optionalPointerVariable("PyExc_" + name);
      if (type != 0) {
        types.put(name, type);
      }
    }
    return Map.copyOf(types);
  }
}
