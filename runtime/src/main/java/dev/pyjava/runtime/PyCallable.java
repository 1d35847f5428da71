package dev.pyjava.runtime;

import java.util.List;
import java.util.Map;

/**
 * A callable Python object: a function, a method, a type, or an object whose type has {@code
 * __call__}. Like every {@link PyObject} it is bound to the interpreter lock; to call Python from
 * any thread without it, declare a Java functional interface ({@code Function<A, R>}, …) instead.
 */
public interface PyCallable extends PyObject {
  /**
   * {@code self(*args)}, each Java argument converted as {@link Python#toPython(Object)} does.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException whatever the call raises
   */
  @Override
  PyObject call(Object... args);

  /**
   * {@code self(*args, **kwargs)}, each Java value converted as {@link Python#toPython(Object)}
   * does.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException whatever the call raises
   */
  @Override
  PyObject call(List<?> args, Map<String, ?> kwargs);
}
