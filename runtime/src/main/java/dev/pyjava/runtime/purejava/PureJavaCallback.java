package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.callbacks.CallbackTarget;
import dev.pyjava.runtime.def.CallbackType;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A callable of the pure-Java backend called from Java through a functional interface: each call
 * takes the backend's lock unless the thread holds it, converts the arguments as results are
 * converted, and the result as an argument is. What the callable throws comes out unchanged.
 */
final class PureJavaCallback implements CallbackTarget {
  private final PureJavaBackend backend;
  private final PyObject callable;
  private final CallbackType type;

  PureJavaCallback(PureJavaBackend backend, PyObject callable, CallbackType type) {
    this.backend = backend;
    this.callable = callable;
    this.type = type;
  }

  @Override
  public Object call(Object[] args) {
    PureJavaLock lock = backend.lock();
    long ticket = lock.acquire();
    try {
      List<TypeSpec> parameters = type.parameters();
      List<PyObject> arguments = new ArrayList<>(parameters.size());
      for (int i = 0; i < parameters.size(); i++) {
        arguments.add(backend.instances().toPython(parameters.get(i), args[i]));
      }
      PyObject result = callable.call(arguments, Map.of());
      TypeSpec resultType = type.result();
      if (resultType.kind() == TypeSpec.Kind.VOID) {
        return null;
      }
      if (resultType.kind() == TypeSpec.Kind.INSTANCE) {
        Object javaObject = backend.instances().javaObject(result, resultType.instanceName());
        if (javaObject != null) {
          return javaObject;
        }
      }
      return Conversions.callbackResult(result, resultType, callable);
    } finally {
      lock.release(ticket);
    }
  }

  @Override
  public String toString() {
    return callable.toString();
  }
}
