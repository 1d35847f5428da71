package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyObject;

/**
 * A member of a {@link PureJavaType} that reading it through an instance turns into something else,
 * as Python's {@code __get__}: a method becomes a bound method, a property its value.
 */
interface InstanceDescriptor {
  /** {@code instance.name}, where this is the member {@code name} of the instance's type. */
  PyObject get(PureJavaInstance instance);
}
