package dev.pyjava.runtime.def;

import dev.pyjava.runtime.Python;

/**
 * The generated wrapper of one function: casts the converted arguments and calls the user's
 * method. Everything around it (binding, conversion, the lock, exceptions) is the runtime's.
 */
@FunctionalInterface
public interface Invoker {
  /**
   * Calls the user's method.
   *
   * @param py the token, for methods that take one; calls run with the lock held unless the
   *     function allows threads
   * @param args the converted arguments, one per {@link Parameter}, in order
   * @return the method's result, or {@code null} for {@code void}
   * @throws Throwable whatever the method throws; the runtime maps it to a Python exception
   */
  Object invoke(Python py, Object[] args) throws Throwable;
}
