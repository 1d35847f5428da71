package dev.pyjava.runtime.callbacks;

/**
 * A Python callable as a backend calls it for Java: from any thread, taking the interpreter lock
 * itself when the thread does not hold it, converting the arguments and the result as its {@link
 * dev.pyjava.runtime.def.CallbackType} says. It owns its reference to the callable, which it lets
 * go once it is unreachable.
 */
public interface CallbackTarget {
  /**
   * Calls the callable with {@code args}, one Java value per argument type, and returns its result
   * as the result type's Java value ({@code null} when the result is dropped).
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what the call raised (the same Python
   *     exception object when it crosses back into Python), or a {@code TypeError} for a result of
   *     the wrong type
   * @throws IllegalStateException if the interpreter is shutting down
   */
  Object call(Object[] args);
}
