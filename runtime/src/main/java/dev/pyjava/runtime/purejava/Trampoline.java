package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import dev.pyjava.runtime.exceptions.PyException;

/**
 * Runs a user's method: it releases and retakes the interpreter lock for functions that allow
 * threads, and turns whatever the method throws into a Python exception. (The CPython backend's
 * upcall does the same inline, since it knows Python called it with the GIL held and can skip the
 * lock's checks.)
 */
final class Trampoline {
  private Trampoline() {}

  /**
   * Calls {@code f}'s invoker with converted arguments and {@code backend}'s token. When {@code
   * f} allows threads the backend's lock is released for the call and retaken on every path,
   * errors included.
   *
   * @return the method's result ({@code null} for {@code void})
   * @throws PyException whatever the method threw, mapped by {@link ExceptionMapper}; nothing
   *     else escapes
   */
  static Object invoke(PureJavaBackend backend, FunctionDef f, Object[] javaArgs) {
    try {
      if (!f.allowThreads()) {
        return f.invoker().invoke(backend.token(), javaArgs);
      }
      PureJavaLock lock = backend.lock();
      long saved = lock.releaseAndSave();
      try {
        return f.invoker().invoke(backend.token(), javaArgs);
      } finally {
        lock.restore(saved);
      }
    } catch (Throwable t) {
      throw ExceptionMapper.toPython(t);
    }
  }
}
