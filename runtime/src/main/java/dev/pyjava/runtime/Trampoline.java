package dev.pyjava.runtime;

import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import dev.pyjava.runtime.exceptions.PyException;

/**
 * Runs a user's method: it releases and retakes the interpreter lock for functions that allow
 * threads, and turns whatever the method throws into a Python exception. (The CPython backend's
 * upcall does the same inline, since it knows Python called it with the GIL held and can skip the
 * lock's checks.)
 */
public final class Trampoline {
  private Trampoline() {}

  /**
   * Calls {@code f}'s invoker with converted arguments. When {@code f} allows threads the lock is
   * released for the call and retaken on every path, errors included.
   *
   * @return the method's result ({@code null} for {@code void})
   * @throws PyException whatever the method threw, mapped by {@link ExceptionMapper}; nothing
   *     else escapes
   */
  public static Object invoke(Python py, FunctionDef f, Object[] javaArgs) {
    try {
      if (!f.allowThreads()) {
        return f.invoker().invoke(py, javaArgs);
      }
      InterpreterLock lock = py.backend().lock();
      long saved = lock.releaseAndSave();
      try {
        return f.invoker().invoke(py, javaArgs);
      } finally {
        lock.restore(saved);
      }
    } catch (Throwable t) {
      throw ExceptionMapper.toPython(t);
    }
  }
}
