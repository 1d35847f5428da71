package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyObject;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.List;

/**
 * Makes the wrapper of a {@code PyObject*}: the class that matches its type ({@link CPyStr} for a
 * str or str subclass, and so on) holding it the right way. All methods need the GIL.
 */
final class Wrappers {
  private Wrappers() {}

  private static final Cleaner CLEANER =
      Cleaner.create(
          task -> {
            Thread thread = new Thread(task, "pyjava-cpython-cleaner");
            thread.setDaemon(true);
            return thread;
          });

  /** An owned wrapper that takes over the new reference {@code newReference}. */
  static CPyObject owned(long newReference) {
    CPyObject wrapper = create(newReference, null);
    CLEANER.register(wrapper, new Release(newReference));
    return wrapper;
  }

  /** An owned wrapper of a borrowed reference: adds a reference of its own. */
  static CPyObject ownedBorrowed(long borrowed) {
    CApi.Py_IncRef(borrowed);
    return owned(borrowed);
  }

  /**
   * The wrapper of an upcall's argument, borrowed from the caller for the length of the call:
   * call-scoped in {@code scope}, or owned when {@code scope} is {@code null}.
   */
  static CPyObject argument(long borrowed, CallScope scope) {
    if (scope == null) {
      return ownedBorrowed(borrowed);
    }
    CPyObject wrapper = create(borrowed, scope);
    scope.add(wrapper, false);
    return wrapper;
  }

  /**
   * A wrapper for an item read out of a container wrapper, held as its container is: call-scoped
   * in the container's {@code scope}, or owned when that is {@code null}. Takes over {@code
   * newReference}.
   */
  static CPyObject child(long newReference, CallScope scope) {
    if (scope == null) {
      return owned(newReference);
    }
    CPyObject wrapper = create(newReference, scope);
    scope.add(wrapper, true);
    return wrapper;
  }

  /** {@link #child} for a borrowed reference: adds a reference of its own. */
  static CPyObject childBorrowed(long borrowed, CallScope scope) {
    CApi.Py_IncRef(borrowed);
    return child(borrowed, scope);
  }

  /** A new reference to {@code object}'s Python object, e.g. to return it to Python. */
  static long newReference(PyObject object) {
    try {
      long address = CPyObject.addressOf(object);
      CApi.Py_IncRef(address);
      return address;
    } finally {
      Reference.reachabilityFence(object);
    }
  }

  /** A new reference to a new tuple of {@code items}. */
  static long newTuple(List<? extends PyObject> items) {
    long tuple = PythonErrors.nonNull(CApi.PyTuple_New(items.size()));
    try {
      for (int i = 0; i < items.size(); i++) {
        // PyTuple_SetItem steals the reference newReference adds.
        PythonErrors.nonNegative(CApi.PyTuple_SetItem(tuple, i, newReference(items.get(i))));
      }
      return tuple;
    } catch (RuntimeException | Error e) {
      CApi.Py_DecRef(tuple);
      throw e;
    }
  }

  /** A new reference to a new list of {@code items}. */
  static long newList(List<? extends PyObject> items) {
    long list = PythonErrors.nonNull(CApi.PyList_New(items.size()));
    try {
      for (int i = 0; i < items.size(); i++) {
        // PyList_SetItem steals the reference newReference adds.
        PythonErrors.nonNegative(CApi.PyList_SetItem(list, i, newReference(items.get(i))));
      }
      return list;
    } catch (RuntimeException | Error e) {
      CApi.Py_DecRef(list);
      throw e;
    }
  }

  private static CPyObject create(long address, CallScope scope) {
    long type = TypeNames.typeOf(address);
    long flags = CApi.PyType_GetFlags(type);
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
    if (type == CApi.FLOAT_TYPE || CApi.PyType_IsSubtype(type, CApi.FLOAT_TYPE) != 0) {
      return new CPyFloat(address, scope);
    }
    return new CPyObject(address, scope);
  }
}
