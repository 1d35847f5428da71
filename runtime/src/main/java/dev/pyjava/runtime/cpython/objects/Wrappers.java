package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.NumberApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.UnicodeApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Objects;

/**
 * Makes the wrapper of a {@code PyObject*}: the class that matches its type ({@link CPyStr} for a
 * str or str subclass, and so on) holding it the right way. All methods need the GIL.
 */
public final class Wrappers {
  private Wrappers() {}

  private static final Cleaner CLEANER =
      Cleaner.create(
          task -> {
            Thread thread = new Thread(task, "pyjava-cpython-cleaner");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * The scope the wrappers made by the current thread join while it converts an upcall's result:
   * per thread, since on a free-threaded build many threads convert results at once.
   */
  private static final ThreadLocal<CallScope> RESULT_SCOPE = new ThreadLocal<>();

  /**
   * Until {@link #endResult}, wrappers this thread makes join {@code scope} instead of the
   * Cleaner: converting a result runs no user code, so none of them can outlive the call.
   *
   * @return the result scope this replaces, to pass to {@link #endResult}
   */
  public static CallScope beginResult(CallScope scope) {
    CallScope outer = RESULT_SCOPE.get();
    RESULT_SCOPE.set(scope);
    return outer;
  }

  /**
   * Ends {@link #beginResult}, restoring the scope it replaced (or none: {@code set(null)}, which
   * costs a few ns where {@code remove()} costs tens, every call).
   */
  public static void endResult(CallScope outer) {
    RESULT_SCOPE.set(outer);
  }

  /**
   * A wrapper that takes over the new reference {@code newReference}: owned (released by the
   * Cleaner), or call-scoped while this thread converts an upcall's result.
   */
  public static CPyObject owned(long newReference) {
    CallScope scope = RESULT_SCOPE.get();
    if (scope != null) {
      return child(newReference, scope);
    }
    return cleaned(newReference);
  }

  /** An owned wrapper of a borrowed reference: adds a reference of its own. */
  public static CPyObject ownedBorrowed(long borrowed) {
    ObjectApi.Py_IncRef(borrowed);
    return owned(borrowed);
  }

  /**
   * A wrapper of a borrowed reference, with a reference of its own that only the Cleaner drops,
   * even while a result scope is open: what {@link CPyObject#retain} gives, which must outlive
   * the call.
   */
  static CPyObject retained(long borrowed) {
    ObjectApi.Py_IncRef(borrowed);
    return cleaned(borrowed);
  }

  /** The wrapper of an upcall's argument, borrowed from the caller for the length of the call. */
  public static CPyObject argument(long borrowed, CallScope scope) {
    CPyObject wrapper = create(borrowed, scope);
    scope.add(wrapper, false);
    return wrapper;
  }

  /**
   * A wrapper that takes over {@code newReference} for the length of an upcall: {@code scope}
   * drops the reference when the call returns (the tuple {@code *args} receives, say).
   */
  public static CPyObject scoped(long newReference, CallScope scope) {
    return child(newReference, Objects.requireNonNull(scope, "scope"));
  }

  /**
   * A wrapper for an item read out of a container wrapper, held as its container is: call-scoped
   * in the container's {@code scope}, or owned when that is {@code null}. Takes over {@code
   * newReference}.
   */
  static CPyObject child(long newReference, CallScope scope) {
    if (scope == null) {
      return cleaned(newReference);
    }
    CPyObject wrapper = create(newReference, scope);
    scope.add(wrapper, true);
    return wrapper;
  }

  /** {@link #child} for a borrowed reference: adds a reference of its own. */
  static CPyObject childBorrowed(long borrowed, CallScope scope) {
    ObjectApi.Py_IncRef(borrowed);
    return child(borrowed, scope);
  }

  /** A new reference to {@code object}'s Python object, e.g. to return it to Python. */
  public static long newReference(PyObject object) {
    try {
      long address = CPyObject.addressOf(object);
      ObjectApi.Py_IncRef(address);
      return address;
    } finally {
      Reference.reachabilityFence(object);
    }
  }

  /** A new reference to a new tuple of {@code items}. */
  public static long newTuple(List<? extends PyObject> items) {
    long tuple = PythonErrors.nonNull(ContainerApi.PyTuple_New(items.size()));
    try {
      for (int i = 0; i < items.size(); i++) {
        // PyTuple_SetItem steals the reference newReference adds.
        PythonErrors.nonNegative(ContainerApi.PyTuple_SetItem(tuple, i, newReference(items.get(i))));
      }
      return tuple;
    } catch (RuntimeException | Error e) {
      ObjectApi.Py_DecRef(tuple);
      throw e;
    }
  }

  /** A new reference to a new list of {@code items}. */
  public static long newList(List<? extends PyObject> items) {
    long list = PythonErrors.nonNull(ContainerApi.PyList_New(items.size()));
    try {
      for (int i = 0; i < items.size(); i++) {
        // PyList_SetItem steals the reference newReference adds.
        PythonErrors.nonNegative(ContainerApi.PyList_SetItem(list, i, newReference(items.get(i))));
      }
      return list;
    } catch (RuntimeException | Error e) {
      ObjectApi.Py_DecRef(list);
      throw e;
    }
  }

  /** An owned wrapper whose reference the Cleaner drops. */
  private static CPyObject cleaned(long newReference) {
    CPyObject wrapper = create(newReference, null);
    releaseWhenUnreachable(wrapper, newReference);
    return wrapper;
  }

  /**
   * Takes over {@code newReference} for {@code owner}: the Cleaner drops it once {@code owner} is
   * unreachable, or earlier when the returned cleanable is cleaned.
   */
  static Cleaner.Cleanable releaseWhenUnreachable(Object owner, long newReference) {
    return CLEANER.register(owner, new Release(newReference));
  }

  private static CPyObject create(long address, CallScope scope) {
    long type = TypeNames.typeOf(address);
    // The exact builtin types first: no downcall.
    if (type == UnicodeApi.UNICODE_TYPE) {
      return new CPyStr(address, scope);
    }
    if (type == NumberApi.LONG_TYPE || type == NumberApi.BOOL_TYPE) {
      return new CPyLong(address, scope);
    }
    if (type == NumberApi.FLOAT_TYPE) {
      return new CPyFloat(address, scope);
    }
    if (type == ContainerApi.LIST_TYPE) {
      return new CPyList(address, scope);
    }
    if (type == ContainerApi.TUPLE_TYPE) {
      return new CPyTuple(address, scope);
    }
    if (type == ContainerApi.DICT_TYPE) {
      return new CPyDict(address, scope);
    }
    if (type == ContainerApi.BYTES_TYPE) {
      return new CPyBytes(address, scope);
    }
    return createSubclass(address, type, scope);
  }

  private static CPyObject createSubclass(long address, long type, CallScope scope) {
    long flags = ObjectApi.PyType_GetFlags(type);
    if ((flags & Layouts.TPFLAGS_UNICODE_SUBCLASS) != 0) {
      return new CPyStr(address, scope);
    }
    if ((flags & Layouts.TPFLAGS_LONG_SUBCLASS) != 0) {
      return new CPyLong(address, scope);
    }
    if ((flags & Layouts.TPFLAGS_LIST_SUBCLASS) != 0) {
      return new CPyList(address, scope);
    }
    if ((flags & Layouts.TPFLAGS_TUPLE_SUBCLASS) != 0) {
      return new CPyTuple(address, scope);
    }
    if ((flags & Layouts.TPFLAGS_DICT_SUBCLASS) != 0) {
      return new CPyDict(address, scope);
    }
    if ((flags & Layouts.TPFLAGS_BYTES_SUBCLASS) != 0) {
      return new CPyBytes(address, scope);
    }
    if (ObjectApi.PyType_IsSubtype(type, NumberApi.FLOAT_TYPE) != 0) {
      return new CPyFloat(address, scope);
    }
    if (ObjectApi.PyCallable_Check(address) != 0) {
      return new CPyCallable(address, scope);
    }
    return new CPyObject(address, scope);
  }
}
