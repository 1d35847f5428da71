package dev.pyjava.runtime.cpython.calls;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.pyjava.runtime.Backend;
import dev.pyjava.runtime.InterpreterLock;
import dev.pyjava.runtime.PyBytes;
import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyFloat;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.PyStr;
import dev.pyjava.runtime.PyTuple;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.PythonItems;
import dev.pyjava.runtime.callbacks.CallbackProxies;
import dev.pyjava.runtime.cpython.ffi.Scratch;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ImportApi;
import dev.pyjava.runtime.cpython.ffi.capi.NumberApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.RunApi;
import dev.pyjava.runtime.cpython.ffi.capi.ThreadApi;
import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import dev.pyjava.runtime.cpython.gil.CPythonLock;
import dev.pyjava.runtime.cpython.objects.BackendToken;
import dev.pyjava.runtime.cpython.objects.CPyLong;
import dev.pyjava.runtime.cpython.objects.CPyObject;
import dev.pyjava.runtime.cpython.objects.InstanceTypes;
import dev.pyjava.runtime.cpython.objects.IteratorItems;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.objects.Strings;
import dev.pyjava.runtime.cpython.objects.Wrappers;
import dev.pyjava.runtime.def.TypeSpec;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.util.List;

/**
 * The CPython backend: the GIL as the interpreter lock, and objects that wrap {@code PyObject*}
 * with correct reference counting. There is one per process; it exists once libpython is bound
 * (by the entry points {@code Launcher}, {@code PythonHost} or {@code EmbeddedPython}), which
 * also install it. Its lock releases the GIL through {@link ReleasedCalls}.
 *
 * <p>Every method needs the current thread to hold the GIL and throws {@link
 * IllegalStateException} otherwise.
 */
public final class CPythonBackend implements Backend {
  private static volatile CPythonBackend instance;

  private final CPythonLock lock = new CPythonLock(ReleasedCalls::release, ReleasedCalls::restore);
  private final Python token = new Python(this);

  private CPythonBackend() {}

  /** The backend, made on first use; libpython must be bound. */
  public static CPythonBackend instance() {
    CPythonBackend backend = instance;
    return backend != null ? backend : create();
  }

  private static synchronized CPythonBackend create() {
    if (instance == null) {
      LibPython.binding();
      CPythonBackend backend = new CPythonBackend();
      BackendToken.set(backend.token); // before any thread can see the backend
      instance = backend;
    }
    return instance;
  }

  @Override
  public String name() {
    return "cpython";
  }

  @Override
  public InterpreterLock lock() {
    return lock;
  }

  @Override
  public Python token() {
    return token;
  }

  @Override
  public PyObject none() {
    requireGil();
    return Wrappers.ownedBorrowed(ObjectApi.NONE);
  }

  @Override
  public PyObject bool(boolean value) {
    requireGil();
    return Wrappers.ownedBorrowed(value ? NumberApi.TRUE : NumberApi.FALSE);
  }

  @Override
  public PyLong integer(long value) {
    requireGil();
    return (PyLong) Wrappers.owned(PythonErrors.nonNull(NumberApi.PyLong_FromLongLong(value)));
  }

  @Override
  public PyLong bigInteger(BigInteger value) {
    requireGil();
    return (PyLong) Wrappers.owned(CPyLong.newReference(value));
  }

  @Override
  public PyFloat floating(double value) {
    requireGil();
    return (PyFloat) Wrappers.owned(PythonErrors.nonNull(NumberApi.PyFloat_FromDouble(value)));
  }

  @Override
  public PyStr str(String value) {
    requireGil();
    return (PyStr) Wrappers.owned(Strings.toPython(value));
  }

  @Override
  public PyBytes bytes(byte[] value) {
    requireGil();
    MemorySegment buffer = Scratch.buffer(value.length);
    MemorySegment.copy(value, 0, buffer, JAVA_BYTE, 0, value.length);
    return (PyBytes)
        Wrappers.owned(
            PythonErrors.nonNull(ContainerApi.PyBytes_FromStringAndSize(buffer.address(), value.length)));
  }

  @Override
  public PyList list(List<? extends PyObject> items) {
    requireGil();
    return (PyList) Wrappers.owned(Wrappers.newList(items));
  }

  @Override
  public PyTuple tuple(List<? extends PyObject> items) {
    requireGil();
    return (PyTuple) Wrappers.owned(Wrappers.newTuple(items));
  }

  @Override
  public PyDict dict() {
    requireGil();
    return (PyDict) Wrappers.owned(PythonErrors.nonNull(ContainerApi.PyDict_New()));
  }

  @Override
  public Object javaObject(PyObject value, String pythonName) {
    requireGil();
    if (!(value instanceof CPyObject object)) {
      return null;
    }
    return InstanceTypes.javaObject(object.validAddress(), pythonName, null);
  }

  @Override
  public PyObject instance(Object javaObject, String pythonName) {
    requireGil();
    return Wrappers.owned(InstanceTypes.newReference(javaObject, pythonName));
  }

  /**
   * A proxy of {@code type}'s interface over a new reference to {@code callable}, or {@code null}
   * when {@code callable(callable)} is false.
   */
  @Override
  public Object callback(PyObject callable, TypeSpec type) {
    requireGil();
    if (!(callable instanceof CPyObject object)
        || ObjectApi.PyCallable_Check(object.validAddress()) == 0) {
      return null;
    }
    CPythonCallback target =
        new CPythonCallback((CPyObject) object.retain(), type.callback(), this);
    return CallbackProxies.of(type.callback().javaInterface(), target);
  }

  @Override
  public PyObject importModule(String name) {
    requireGil();
    try (Arena arena = Arena.ofConfined()) {
      return Wrappers.owned(
          PythonErrors.nonNull(ImportApi.PyImport_ImportModule(arena.allocateFrom(name).address())));
    }
  }

  /** Runs {@code code} through {@code PyRun_StringFlags} in {@code __main__}'s dict. */
  @Override
  public void exec(String code) {
    ObjectApi.Py_DecRef(run(code, RunApi.Py_file_input));
  }

  /** Evaluates {@code expression} through {@code PyRun_StringFlags} in {@code __main__}'s dict. */
  @Override
  public PyObject eval(String expression) {
    return Wrappers.owned(run(expression, RunApi.Py_eval_input));
  }

  private static long run(String source, int start) {
    requireGil();
    try (Arena arena = Arena.ofConfined()) {
      long main = PythonErrors.nonNull(RunApi.PyImport_AddModule(arena.allocateFrom("__main__").address()));
      long globals = RunApi.PyModule_GetDict(main);
      return PythonErrors.nonNull(
          RunApi.PyRun_StringFlags(arena.allocateFrom(source).address(), start, globals, globals, 0));
    }
  }

  /** The items of {@code iter(iterable)} through {@code PyIter_Next} ({@link IteratorItems}). */
  @Override
  public PythonItems items(PyObject iterable) {
    requireGil();
    return IteratorItems.of(CPyObject.addressOf(iterable));
  }

  private static void requireGil() {
    if (ThreadApi.PyGILState_Check() == 0) {
      throw CPythonLock.notHeld("make a Python object");
    }
  }
}
