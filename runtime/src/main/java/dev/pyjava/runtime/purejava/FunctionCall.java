package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.bind.ArgumentBinder;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import dev.pyjava.runtime.exceptions.PyException;
import java.util.List;

/**
 * A whole Python call of a pyjava function, as the pure-Java backend performs it: bind the
 * arguments, convert each, run the method through {@link Trampoline}, convert the result. (The
 * CPython backend's upcall has a call path of its own.)
 */
public final class FunctionCall {
  private FunctionCall() {}

  /**
   * Calls {@code f} as Python calls it, with {@code backend}'s lock held.
   *
   * @param backend the backend whose lock the caller holds and whose token {@code f} receives
   * @param f the function
   * @param positional the positional arguments
   * @param kwnames the keyword arguments' names, or {@code null} for none
   * @param kwvalues the keyword arguments' values, matching {@code kwnames}; may be {@code null}
   *     when there are none
   * @return the result
   * @throws PyException for every failure, binding and conversion included; nothing else escapes
   */
  public static PyObject call(
      PureJavaBackend backend,
      FunctionDef f,
      PyObject[] positional,
      String[] kwnames,
      PyObject[] kwvalues) {
    try {
      Python py = backend.token();
      int nargs = positional.length;
      int[] slots = ArgumentBinder.bind(f, nargs, kwnames);
      List<Parameter> parameters = f.parameters();
      Object[] javaArgs = new Object[slots.length];
      for (int i = 0; i < slots.length; i++) {
        Parameter p = parameters.get(i);
        int slot = slots[i];
        javaArgs[i] =
            slot < 0
                ? p.omittedValue()
                : Conversions.toJava(
                    slot < nargs ? positional[slot] : kwvalues[slot - nargs], p.type(), f, p);
      }
      Object result = Trampoline.invoke(backend, f, javaArgs);
      return Conversions.fromJava(py, f.result(), result);
    } catch (Throwable t) {
      throw ExceptionMapper.toPython(t);
    }
  }
}
