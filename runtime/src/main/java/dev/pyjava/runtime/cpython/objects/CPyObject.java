package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.BufferExporter;
import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.ThreadApi;
import dev.pyjava.runtime.cpython.gil.CPythonLock;
import dev.pyjava.runtime.def.ItemType;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.lang.ref.Reference;
import java.nio.Buffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Python object of the CPython backend: a {@code PyObject*} and the way this wrapper holds it.
 *
 * <ul>
 *   <li><b>Owned</b> (the default): the wrapper holds a reference, which a {@link
 *       java.lang.ref.Cleaner} drops, with the GIL, once the wrapper is unreachable.
 *   <li><b>Call-scoped</b>: made for an upcall's arguments when no wrapper can reach user code;
 *       valid only until that call returns (see {@link CallScope}).
 * </ul>
 *
 * <p>Every method checks that the current thread holds the GIL, and keeps the wrapper reachable
 * until the native work is done, so the Cleaner cannot drop the reference under it.
 */
public class CPyObject implements PyObject, BufferExporter {
  private long address;
  private final CallScope scope;

  CPyObject(long address, CallScope scope) {
    this.address = address;
    this.scope = scope;
  }

  /**
   * The {@code PyObject*}, after checking that the thread holds the GIL and that this wrapper is
   * still valid.
   */
  final long address() {
    if (ThreadApi.PyGILState_Check() == 0) {
      throw CPythonLock.notHeld("use a Python object");
    }
    return validAddress();
  }

  /**
   * The {@code PyObject*}, after checking only that this wrapper is still valid: for code that
   * knows the thread holds the GIL.
   */
  public final long validAddress() {
    long a = address;
    if (a == 0) {
      throw new IllegalStateException(
          "this Python object belonged to a pyjava function call that has returned: arguments,"
              + " and the items read out of them, are valid only during their call. Call"
              + " retain() on it during the call to keep it longer.");
    }
    return a;
  }

  @Override
  public final PyObject retain() {
    return scope == null ? this : Wrappers.retained(address());
  }

  /** The scope whose call this wrapper belongs to, or {@code null} for an owned wrapper. */
  final CallScope scope() {
    return scope;
  }

  /** Ends a call-scoped wrapper: it becomes unusable. Returns the address it had. */
  final long invalidate() {
    long a = address;
    address = 0;
    return a;
  }

  @Override
  public final Object bufferArray(ItemType item) {
    try {
      return PythonBuffers.copy(this, item);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public final Buffer bufferView(ItemType item) {
    try {
      return PythonBuffers.view(this, item);
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  /** The address of a Python object of this backend, for passing to the C-API. */
  public static long addressOf(PyObject object) {
    if (object instanceof CPyObject c) {
      return c.address();
    }
    throw new IllegalArgumentException(
        object == null
            ? "null is not a Python object: use py.none() for None"
            : "not a CPython object: "
                + object.getClass().getName()
                + "; objects of another Python backend cannot be used here");
  }

  @Override
  public String typeName() {
    try {
      return TypeNames.of(TypeNames.typeOf(address()));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public String repr() {
    try {
      return Strings.toJavaAndRelease(PythonErrors.nonNull(ObjectApi.PyObject_Repr(address())));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public String str() {
    try {
      return Strings.toJavaAndRelease(PythonErrors.nonNull(ObjectApi.PyObject_Str(address())));
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public boolean isNone() {
    return address() == ObjectApi.NONE;
  }

  @Override
  public boolean isTrue() {
    try {
      return PythonErrors.nonNegative(ObjectApi.PyObject_IsTrue(address())) == 1;
    } finally {
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public PyObject getAttr(String name) {
    long self = address();
    long pythonName = Strings.toPython(name);
    try {
      return Wrappers.owned(PythonErrors.nonNull(ObjectApi.PyObject_GetAttr(self, pythonName)));
    } finally {
      ObjectApi.Py_DecRef(pythonName);
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public void setAttr(String name, Object value) {
    long self = address();
    PyObject converted = Conversions.toPython(BackendToken.get(), value);
    long pythonName = Strings.toPython(name);
    try {
      PythonErrors.nonNegative(ObjectApi.PyObject_SetAttr(self, pythonName, addressOf(converted)));
    } finally {
      ObjectApi.Py_DecRef(pythonName);
      Reference.reachabilityFence(converted);
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public PyObject call(Object... args) {
    return call(Arrays.asList(args), Map.of());
  }

  @Override
  public PyObject call(List<?> args, Map<String, ?> kwargs) {
    long self = address();
    var py = BackendToken.get();
    List<PyObject> positional = Conversions.toPythonAll(py, args);
    long tuple = Wrappers.newTuple(positional);
    long dict = 0;
    try {
      if (kwargs != null && !kwargs.isEmpty()) {
        dict = PythonErrors.nonNull(ContainerApi.PyDict_New());
        for (Map.Entry<String, ?> entry : kwargs.entrySet()) {
          PyObject value = Conversions.toPython(py, entry.getValue());
          long key = Strings.toPython(entry.getKey());
          try {
            PythonErrors.nonNegative(ContainerApi.PyDict_SetItem(dict, key, addressOf(value)));
          } finally {
            ObjectApi.Py_DecRef(key);
            Reference.reachabilityFence(value);
          }
        }
      }
      return Wrappers.owned(PythonErrors.nonNull(ObjectApi.PyObject_Call(self, tuple, dict)));
    } finally {
      ObjectApi.Py_DecRef(tuple);
      if (dict != 0) {
        ObjectApi.Py_DecRef(dict);
      }
      Reference.reachabilityFence(positional);
      Reference.reachabilityFence(this);
    }
  }

  @Override
  public <T extends PyObject> T cast(Class<T> type) {
    address();
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new PyTypeError("expected " + PyObject.pythonTypeName(type) + ", not " + typeName());
  }

  /** {@code repr(self)} when this thread holds the GIL, else the type and address. */
  @Override
  public String toString() {
    long a = address;
    if (a != 0 && ThreadApi.PyGILState_Check() != 0) {
      try {
        return repr();
      } catch (RuntimeException e) {
        // Fall through to the plain form.
      }
    }
    return "<Python object at 0x" + Long.toHexString(a) + ">";
  }
}
