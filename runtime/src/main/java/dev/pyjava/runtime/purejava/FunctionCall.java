package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.bind.ArgumentBinder;
import dev.pyjava.runtime.bind.Variadics;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import dev.pyjava.runtime.exceptions.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole Python call of a pyjava function, as the pure-Java backend performs it: bind the
 * arguments, convert each, run the method through {@link Trampoline}, convert the result. A type's
 * methods and constructor are called the same way. (The CPython backend's upcall has a call path of
 * its own.)
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
    return callMethod(backend, f, null, new CallArguments(positional, kwnames, kwvalues));
  }

  /**
   * Calls {@code f} as {@link #call} does, as a method of {@code instance} (the invoker's {@code
   * args[0]}) unless that is {@code null}.
   *
   * @throws PyException for every failure; nothing else escapes. A method {@code __next__} that
   *     throws {@code NoSuchElementException} raises {@code StopIteration}, the end of an iteration
   */
  static PyObject callMethod(
      PureJavaBackend backend, FunctionDef f, Object instance, CallArguments arguments) {
    try {
      Object result = run(backend, f, instance, arguments);
      return backend.instances().toPython(f.result(), result);
    } catch (Throwable t) {
      throw ExceptionMapper.toPython(t);
    }
  }

  /**
   * Calls the constructor {@code f} as {@link #call} does.
   *
   * @return the new Java object
   * @throws PyException for every failure; nothing else escapes
   */
  static Object construct(PureJavaBackend backend, FunctionDef f, CallArguments arguments) {
    try {
      return run(backend, f, null, arguments);
    } catch (Throwable t) {
      throw ExceptionMapper.toPython(t);
    }
  }

  private static Object run(
      PureJavaBackend backend, FunctionDef f, Object instance, CallArguments arguments) {
    PyObject[] positional = arguments.positional();
    PyObject[] kwvalues = arguments.kwvalues();
    int nargs = positional.length;
    int[] slots = ArgumentBinder.bind(f, nargs, arguments.kwnames());
    List<Parameter> parameters = f.parameters();
    int first = instance == null ? 0 : 1;
    Object[] javaArgs = new Object[first + slots.length];
    if (instance != null) {
      javaArgs[0] = instance;
    }
    for (int i = 0; i < slots.length; i++) {
      Parameter p = parameters.get(i);
      int slot = slots[i];
      PyObject argument =
          switch (p.kind()) {
            case VAR_POSITIONAL -> collectedPositional(backend, positional, slots);
            case VAR_KEYWORD -> collectedKeywords(backend, arguments, slots);
            default -> slot < 0 ? null : slot < nargs ? positional[slot] : kwvalues[slot - nargs];
          };
      javaArgs[first + i] =
          argument == null
              ? p.omittedValue()
              : backend.instances().toJava(argument, p.type(), f, p);
    }
    boolean next = instance != null && f.name().equals("__next__");
    return Trampoline.invoke(backend, f, javaArgs, next);
  }

  /** The tuple {@code *args} receives: the positional arguments no parameter took. */
  private static PyObject collectedPositional(
      PureJavaBackend backend, PyObject[] positional, int[] slots) {
    List<PyObject> items = new ArrayList<>();
    for (int index : Variadics.extraPositional(slots, positional.length)) {
      items.add(positional[index]);
    }
    return backend.tuple(items);
  }

  /** The dict {@code **kwargs} receives: the keyword arguments no parameter took. */
  private static PyObject collectedKeywords(
      PureJavaBackend backend, CallArguments arguments, int[] slots) {
    PyDict dict = backend.dict();
    String[] kwnames = arguments.kwnames();
    int keywordCount = kwnames == null ? 0 : kwnames.length;
    int nargs = arguments.positional().length;
    for (int k : Variadics.extraKeywords(slots, nargs, keywordCount)) {
      dict.put(backend.str(kwnames[k]), arguments.kwvalues()[k]);
    }
    return dict;
  }
}
