package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.Python;

/**
 * The CPython backend's {@link Python} token, for object code that turns Java values into Python
 * ones (the arguments of {@code PyObject.call}, an exception's arguments). The backend sets it as
 * it is made, which every entry point does before Python code can reach a pyjava object.
 */
public final class BackendToken {
  private BackendToken() {}

  private static volatile Python token;

  /** Records the backend's token; called once, by the backend. */
  public static void set(Python py) {
    token = py;
  }

  /** The backend's token; throws when the backend is not made yet. */
  static Python get() {
    Python py = token;
    if (py == null) {
      throw new IllegalStateException("the CPython backend is not started");
    }
    return py;
  }
}
