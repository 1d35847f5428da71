package dev.pyjava.runtime.exceptions;

import dev.pyjava.runtime.PythonRepr;
import java.util.List;

/**
 * Python's {@code KeyError}: a mapping key is absent. As in Python, its message is the key's
 * {@code repr}: {@code KeyError('a')} prints as {@code 'a'}.
 */
public class PyKeyError extends PyLookupError {
  /** {@code KeyError(key)}. */
  public PyKeyError(String key) {
    this(key, null);
  }

  /** {@code KeyError(key)}, raised from {@code cause}. */
  public PyKeyError(String key, Throwable cause) {
    this("KeyError", key == null ? "" : PythonRepr.str(key), argsOf(key), cause);
  }

  /** For subclasses: an exception whose Python type derives from {@code KeyError}. */
  protected PyKeyError(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    super(pythonType, message, pythonArgs, cause);
  }
}
