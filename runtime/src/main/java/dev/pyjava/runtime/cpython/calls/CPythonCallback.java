package dev.pyjava.runtime.cpython.calls;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.InterpreterLock;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.callbacks.CallbackTarget;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.objects.CPyObject;
import dev.pyjava.runtime.cpython.objects.CallScope;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.objects.Wrappers;
import dev.pyjava.runtime.def.CallbackType;
import dev.pyjava.runtime.def.TypeSpec;
import java.lang.ref.Reference;
import java.util.List;

/**
 * A Python callable called from Java through a functional interface, on the CPython backend.
 *
 * <p>It holds an owned wrapper of the callable: its reference is dropped, with the GIL, once Java
 * drops the proxy (the wrapper's {@link java.lang.ref.Cleaner}). Each call takes the GIL unless
 * the thread holds it ({@code PyGILState_Ensure}: a thread inside a released call gets its own
 * thread state back, any other Java thread a new one), converts the arguments straight to new
 * references where {@link DirectResults} can, and the result straight from its reference where
 * {@link FastArguments} can; the wrappers made for the rest belong to the call and are dropped
 * when it returns, so a call leaves every reference count as it found it. A Python exception
 * comes out as its {@link dev.pyjava.runtime.exceptions.PyException}, which carries the same
 * Python object back when it crosses into Python again.
 */
final class CPythonCallback implements CallbackTarget {
  private final CPyObject callable;
  private final CallbackType type;
  private final InterpreterLock lock;
  private final Python py;

  /** Whether the result holds Python objects, which must outlive the call. */
  private final boolean resultHoldsObjects;

  /** A callback calling {@code callable}, an owned wrapper, as {@code type} says. */
  CPythonCallback(CPyObject callable, CallbackType type, CPythonBackend backend) {
    this.callable = callable;
    this.type = type;
    this.lock = backend.lock();
    this.py = backend.token();
    this.resultHoldsObjects = holdsObjects(type.result());
  }

  @Override
  public Object call(Object[] args) {
    long ticket = lock.acquire();
    try {
      return callHoldingGil(args);
    } finally {
      lock.release(ticket);
    }
  }

  private Object callHoldingGil(Object[] args) {
    CallScope scope = new CallScope();
    try {
      long tuple = arguments(args, scope);
      long result;
      try {
        result = ObjectApi.PyObject_Call(callable.validAddress(), tuple, 0);
      } finally {
        ObjectApi.Py_DecRef(tuple);
      }
      return javaResult(PythonErrors.nonNull(result), scope);
    } finally {
      scope.close();
      Reference.reachabilityFence(callable);
    }
  }

  /** A new reference to the tuple of the Python arguments; wrappers made join {@code scope}. */
  private long arguments(Object[] args, CallScope scope) {
    List<TypeSpec> parameters = type.parameters();
    long tuple = PythonErrors.nonNull(ContainerApi.PyTuple_New(parameters.size()));
    CallScope outer = Wrappers.beginResult(scope);
    try {
      for (int i = 0; i < parameters.size(); i++) {
        TypeSpec parameter = parameters.get(i);
        long item = DirectResults.newReference(parameter, args[i]);
        if (item == DirectResults.NOT_DIRECT) {
          item = Wrappers.newReference(Conversions.fromJava(py, parameter, args[i]));
        }
        // PyTuple_SetItem steals the new reference.
        PythonErrors.nonNegative(ContainerApi.PyTuple_SetItem(tuple, i, item));
      }
      return tuple;
    } catch (RuntimeException | Error e) {
      ObjectApi.Py_DecRef(tuple);
      throw e;
    } finally {
      Wrappers.endResult(outer);
    }
  }

  /** The Java value of the new reference {@code result}, which this takes over. */
  private Object javaResult(long result, CallScope scope) {
    TypeSpec resultType = type.result();
    if (resultHoldsObjects) {
      // The wrapper owns the reference, and the Cleaner drops it once Java lets the value go.
      return Conversions.callbackResult(Wrappers.owned(result), resultType, callable);
    }
    try {
      if (resultType.kind() == TypeSpec.Kind.VOID) {
        return null;
      }
      Object value = FastArguments.read(result, resultType);
      if (value != FastArguments.NOT_FAST) {
        return value;
      }
      return Conversions.callbackResult(Wrappers.argument(result, scope), resultType, callable);
    } finally {
      ObjectApi.Py_DecRef(result);
    }
  }

  /** Whether values of {@code type} are or hold Python objects (lock-bound ones). */
  private static boolean holdsObjects(TypeSpec type) {
    return type.kind() == TypeSpec.Kind.OBJECT
        || (type.element() != null && holdsObjects(type.element()));
  }

  /** {@code repr} of the callable when this thread holds the GIL, else its address. */
  @Override
  public String toString() {
    return callable.toString();
  }
}
