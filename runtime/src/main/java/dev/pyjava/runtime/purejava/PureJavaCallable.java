package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyCallable;
import dev.pyjava.runtime.PyObject;
import java.util.List;
import java.util.Map;

/**
 * A callable Python object: both {@code call} forms convert their Java arguments (see {@link
 * CallArguments}) and come to {@link #invoke}.
 */
abstract class PureJavaCallable extends PureJavaObject implements PyCallable {
  PureJavaCallable(PureJavaBackend backend) {
    super(backend);
  }

  /** Performs the call, the lock already checked. */
  abstract PyObject invoke(CallArguments arguments);

  @Override
  boolean truth() {
    return true;
  }

  /**
   * Calls with positional arguments; a {@code null} array (from {@code call(null)}) is one None.
   */
  @Override
  public final PyObject call(Object... args) {
    check();
    return invoke(CallArguments.of(backend.token(), args));
  }

  @Override
  public final PyObject call(List<?> args, Map<String, ?> kwargs) {
    check();
    return invoke(CallArguments.of(backend.token(), args, kwargs));
  }
}
