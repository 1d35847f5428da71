package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyStopIteration;
import java.util.NoSuchElementException;

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
    return invoke(backend, f, javaArgs, false);
  }

  /**
   * Calls {@code f} as {@link #invoke(PureJavaBackend, FunctionDef, Object[])} does; when {@code
   * next} ({@code f} is a {@code __next__} method), a {@link NoSuchElementException} it throws is
   * the end of the iteration: {@code StopIteration}.
   */
  static Object invoke(PureJavaBackend backend, FunctionDef f, Object[] javaArgs, boolean next) {
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
    } catch (NoSuchElementException end) {
      throw next ? new PyStopIteration(null) : ExceptionMapper.toPython(end);
    } catch (Throwable t) {
      throw ExceptionMapper.toPython(t);
    }
  }
}
