package dev.pyjava.runtime.cpython.objects;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ErrorApi;
import dev.pyjava.runtime.cpython.ffi.capi.ImportApi;
import dev.pyjava.runtime.cpython.ffi.capi.NumberApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.UnicodeApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.exceptions.BuiltinExceptions;
import dev.pyjava.runtime.exceptions.PyException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Exceptions across the boundary, both ways. All methods need the GIL.
 *
 * <p>Python to Java ({@link #fetch()}): the pending Python exception becomes the {@link
 * PyException} of its type (qualified with its module unless a builtin), with {@code str(exc)} as
 * the message, {@code exc.args} as plain Java values, and the formatted traceback as a note.
 *
 * <p>Java to Python ({@link #raise(PyException)}): a {@link PyException} that came from Python is
 * raised as the very same Python object; any other is built from its type's name (a builtin, or
 * {@code module.Name} of an imported module; else {@code RuntimeError}) and its arguments, with
 * each note added through {@code add_note}. Builtin types come from the C-API's variables ({@link
 * BuiltinExceptionTypes}) and an exception without notes is left for Python to make where it is
 * caught, so neither needs a call into Python that could fail (at the recursion limit, or while
 * the interpreter shuts down).
 *
 * <p>Java holds the Python object behind a fetched exception only while the exception is in Java:
 * raising it hands the object back, after which Python alone owns it (and its traceback, with the
 * frames and locals that holds), as if it had never left Python; raising that Java exception once
 * more raises a new Python one of its type and arguments. A Java exception dropped without being
 * raised lets its object go when the Cleaner finds it unreachable.
 */
public final class PythonErrors {
  private PythonErrors() {}

  /**
   * The Python exception behind each Java one fetched and not yet raised back, so it crosses back
   * unchanged.
   */
  private static final Map<PyException, Held> PYTHON_OBJECTS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * An owned reference to a Python exception, released by {@code release}: by the Cleaner once its
   * Java exception is unreachable, or when the exception is raised back into Python.
   */
  private record Held(long address, Cleaner.Cleanable release) {}

  private static final MemorySegment BUILTINS = NativeMemory.permanentCString("builtins");
  private static final MemorySegment TRACEBACK = NativeMemory.permanentCString("traceback");
  private static final MemorySegment FORMAT_EXCEPTION = NativeMemory.permanentCString("format_exception");
  private static final MemorySegment ARGS = NativeMemory.permanentCString("args");
  private static final MemorySegment ADD_NOTE = NativeMemory.permanentCString("add_note");
  private static final MemorySegment MODULE = NativeMemory.permanentCString("__module__");
  private static final MemorySegment QUALNAME = NativeMemory.permanentCString("__qualname__");

  /** {@code result}, or the pending Python exception thrown when it is NULL. */
  public static long nonNull(long result) {
    if (result == 0) {
      throw fetch();
    }
    return result;
  }

  /** {@code status}, or the pending Python exception thrown when it is negative. */
  public static int nonNegative(int status) {
    if (status < 0) {
      throw fetch();
    }
    return status;
  }

  /** Takes the pending Python exception (clearing it) as a Java exception. */
  public static PyException fetch() {
    long type;
    long value;
    long traceback;
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment slots = arena.allocate(JAVA_LONG, 3);
      long typeSlot = slots.address();
      ErrorApi.PyErr_Fetch(typeSlot, typeSlot + Long.BYTES, typeSlot + 2 * Long.BYTES);
      if (slots.getAtIndex(JAVA_LONG, 0) != 0) {
        ErrorApi.PyErr_NormalizeException(typeSlot, typeSlot + Long.BYTES, typeSlot + 2 * Long.BYTES);
      }
      type = slots.getAtIndex(JAVA_LONG, 0);
      value = slots.getAtIndex(JAVA_LONG, 1);
      traceback = slots.getAtIndex(JAVA_LONG, 2);
    }
    if (type != 0) {
      ObjectApi.Py_DecRef(type);
    }
    if (value == 0) {
      if (traceback != 0) {
        ObjectApi.Py_DecRef(traceback);
      }
      return BuiltinExceptions.create(
          "SystemError",
          "a Python C-API call failed without setting an exception",
          List.of("a Python C-API call failed without setting an exception"),
          null);
    }
    if (traceback != 0) {
      ErrorApi.PyException_SetTraceback(value, traceback);
      ObjectApi.Py_DecRef(traceback);
    }
    PyException java;
    try {
      java = describe(value, traceback != 0);
    } catch (RuntimeException | Error e) {
      ObjectApi.Py_DecRef(value);
      throw e;
    }
    PYTHON_OBJECTS.put(java, new Held(value, Wrappers.releaseWhenUnreachable(java, value)));
    return java;
  }

  /**
   * Makes {@code exception} the pending Python exception. Never throws: if it cannot be built, a
   * {@code RuntimeError} with its text is raised instead.
   */
  public static void raise(PyException exception) {
    try {
      Held original = PYTHON_OBJECTS.remove(exception);
      if (original != null) {
        ErrorApi.PyErr_SetObject(TypeNames.typeOf(original.address()), original.address());
        original.release().clean();
      } else {
        raiseNew(exception);
      }
    } catch (Throwable failed) {
      LastResort.raiseRuntimeError(exception.toString());
    }
  }

  /** The Java exception for the Python exception {@code value}, which this borrows. */
  private static PyException describe(long value, boolean hasTraceback) {
    String type = qualifiedTypeName(TypeNames.typeOf(value));
    String message = textOf(ObjectApi.PyObject_Str(value));
    PyException java =
        BuiltinExceptions.create(
            type, message == null ? "<exception str() failed>" : message, argsOf(value), null);
    if (hasTraceback) {
      String formatted = formatted(value);
      if (formatted != null) {
        java.addNote(formatted);
      }
    }
    return java;
  }

  /** {@code Name} for builtins, else {@code module.QualName}. */
  private static String qualifiedTypeName(long type) {
    String qualname = textOf(ObjectApi.PyObject_GetAttrString(type, QUALNAME.address()));
    if (qualname == null) {
      qualname = TypeNames.of(type);
    }
    String module = textOf(ObjectApi.PyObject_GetAttrString(type, MODULE.address()));
    return module == null || module.equals("builtins") ? qualname : module + "." + qualname;
  }

  /** {@code exc.args} as plain Java values; values with no Java form become their repr. */
  private static List<Object> argsOf(long exception) {
    long args = ObjectApi.PyObject_GetAttrString(exception, ARGS.address());
    if (args == 0) {
      ErrorApi.PyErr_Clear();
      return List.of();
    }
    try {
      if ((ObjectApi.PyType_GetFlags(TypeNames.typeOf(args)) & Layouts.TPFLAGS_TUPLE_SUBCLASS) == 0) {
        return List.of();
      }
      long n = ContainerApi.PyTuple_Size(args);
      List<Object> out = new ArrayList<>((int) n);
      for (long i = 0; i < n; i++) {
        out.add(plainValue(ContainerApi.PyTuple_GetItem(args, i)));
      }
      return out;
    } finally {
      ObjectApi.Py_DecRef(args);
    }
  }

  /** The Java value of an exception argument; never throws, never leaves an error pending. */
  private static Object plainValue(long item) {
    if (item == ObjectApi.NONE) {
      return null;
    }
    long type = TypeNames.typeOf(item);
    long flags = ObjectApi.PyType_GetFlags(type);
    if (type == NumberApi.BOOL_TYPE) {
      return item == NumberApi.TRUE;
    }
    if ((flags & Layouts.TPFLAGS_LONG_SUBCLASS) != 0) {
      long v = NumberApi.PyLong_AsLong(item);
      if (v == -1 && ErrorApi.PyErr_Occurred() != 0) {
        ErrorApi.PyErr_Clear();
        String hex = textOf(NumberApi.PyNumber_ToBase(item, 16));
        if (hex != null) {
          boolean negative = hex.startsWith("-");
          BigInteger magnitude = new BigInteger(hex.substring(negative ? 3 : 2), 16);
          return negative ? magnitude.negate() : magnitude;
        }
      } else {
        return v == (int) v ? (Object) (int) v : (Object) v;
      }
    } else if ((flags & Layouts.TPFLAGS_UNICODE_SUBCLASS) != 0) {
      String text = Strings.toJavaVerbatim(item);
      if (text != null) {
        return text;
      }
    } else if ((flags & Layouts.TPFLAGS_BYTES_SUBCLASS) != 0) {
      return NativeMemory.readBytes(ContainerApi.PyBytes_AsString(item), ContainerApi.PyBytes_Size(item));
    } else if (type == NumberApi.FLOAT_TYPE) {
      return NumberApi.PyFloat_AsDouble(item);
    }
    String repr = textOf(ObjectApi.PyObject_Repr(item));
    return repr == null ? "<unrepresentable>" : repr;
  }

  /** {@code "".join(traceback.format_exception(exc))}, or {@code null} if that fails. */
  private static String formatted(long exception) {
    long module = ImportApi.PyImport_ImportModule(TRACEBACK.address());
    if (module == 0) {
      ErrorApi.PyErr_Clear();
      return null;
    }
    long function = ObjectApi.PyObject_GetAttrString(module, FORMAT_EXCEPTION.address());
    ObjectApi.Py_DecRef(module);
    if (function == 0) {
      ErrorApi.PyErr_Clear();
      return null;
    }
    long args = ContainerApi.PyTuple_New(1);
    ObjectApi.Py_IncRef(exception);
    ContainerApi.PyTuple_SetItem(args, 0, exception);
    long lines = ObjectApi.PyObject_Call(function, args, 0);
    ObjectApi.Py_DecRef(args);
    ObjectApi.Py_DecRef(function);
    if (lines == 0) {
      ErrorApi.PyErr_Clear();
      return null;
    }
    long empty = UnicodeApi.PyUnicode_FromStringAndSize(0, 0);
    long joined = empty == 0 ? 0 : UnicodeApi.PyUnicode_Join(empty, lines);
    ObjectApi.Py_DecRef(lines);
    if (empty != 0) {
      ObjectApi.Py_DecRef(empty);
    }
    String text = textOf(joined);
    return text == null ? null : text.stripTrailing();
  }

  /**
   * The text of a new reference to a str-returning call's result, released here; {@code null}
   * (with the error cleared) when the call failed or returned something else.
   */
  private static String textOf(long newReference) {
    if (newReference == 0) {
      ErrorApi.PyErr_Clear();
      return null;
    }
    try {
      if ((ObjectApi.PyType_GetFlags(TypeNames.typeOf(newReference)) & Layouts.TPFLAGS_UNICODE_SUBCLASS)
          == 0) {
        return null;
      }
      return Strings.toJavaVerbatim(newReference);
    } finally {
      ObjectApi.Py_DecRef(newReference);
    }
  }

  /** Raises a new Python exception for {@code exception}, which Python alone owns. */
  private static void raiseNew(PyException exception) {
    String message = exception.message();
    List<Object> args = exception.pythonArgs();
    long type = exceptionType(exception.pythonType());
    if (type == 0) {
      type = ErrorApi.EXC_RUNTIME_ERROR;
      ObjectApi.Py_IncRef(type);
      args = List.of(exception.pythonType() + ": " + message);
    } else if (args.isEmpty() && !message.isEmpty()) {
      args = List.of(message);
    }
    try {
      long tuple = argumentTuple(args);
      try {
        setError(type, tuple, exception.notes());
      } finally {
        ObjectApi.Py_DecRef(tuple);
      }
    } finally {
      ObjectApi.Py_DecRef(type);
    }
  }

  /**
   * Raises {@code type(*args)} with {@code notes}. Without notes, or when the instance cannot be
   * made here (a call fails at the recursion limit), Python makes it from the type and arguments
   * where it is caught, as it does for the errors of its builtins: the type is kept, the notes
   * are lost.
   */
  private static void setError(long type, long args, List<String> notes) {
    if (!notes.isEmpty()) {
      long instance = ObjectApi.PyObject_Call(type, args, 0);
      if (instance != 0) {
        for (String note : notes) {
          addNote(instance, note);
        }
        ErrorApi.PyErr_SetObject(TypeNames.typeOf(instance), instance);
        ObjectApi.Py_DecRef(instance);
        return;
      }
      ErrorApi.PyErr_Clear();
    }
    ErrorApi.PyErr_SetObject(type, args);
  }

  private static long argumentTuple(List<Object> args) {
    long tuple = nonNull(ContainerApi.PyTuple_New(args.size()));
    try {
      for (int i = 0; i < args.size(); i++) {
        nonNegative(ContainerApi.PyTuple_SetItem(tuple, i, argument(args.get(i))));
      }
      return tuple;
    } catch (RuntimeException | Error e) {
      ObjectApi.Py_DecRef(tuple);
      throw e;
    }
  }

  /** A new reference to an exception argument; strings keep lone surrogates. */
  private static long argument(Object value) {
    if (value instanceof String text) {
      return Strings.toPythonVerbatim(text);
    }
    return Wrappers.newReference(Conversions.toPython(BackendToken.get(), value));
  }

  private static void addNote(long instance, String note) {
    long method = ObjectApi.PyObject_GetAttrString(instance, ADD_NOTE.address());
    if (method == 0) {
      ErrorApi.PyErr_Clear();
      return;
    }
    try {
      long tuple = ContainerApi.PyTuple_New(1);
      ContainerApi.PyTuple_SetItem(tuple, 0, Strings.toPythonVerbatim(note));
      long result = ObjectApi.PyObject_Call(method, tuple, 0);
      ObjectApi.Py_DecRef(tuple);
      if (result == 0) {
        ErrorApi.PyErr_Clear();
      } else {
        ObjectApi.Py_DecRef(result);
      }
    } finally {
      ObjectApi.Py_DecRef(method);
    }
  }

  /**
   * A new reference to the exception class named {@code name}, or 0 with no exception set when
   * there is none: {@link #exceptionType}, for code that makes exception classes.
   */
  public static long exceptionClass(String name) {
    return exceptionType(name);
  }

  /** A new reference to the module {@code name}, imported now; 0 when that fails. */
  private static long imported(String name) {
    try (Arena arena = Arena.ofConfined()) {
      return ImportApi.PyImport_ImportModule(arena.allocateFrom(name).address());
    }
  }

  /**
   * A new reference to the exception class named {@code name} (a builtin, or {@code
   * module.Name} of a module, imported if it was not yet), or 0 when there is none.
   */
  private static long exceptionType(String name) {
    long builtin = BuiltinExceptionTypes.named(name);
    if (builtin != 0) {
      ObjectApi.Py_IncRef(builtin);
      return builtin;
    }
    int dot = name.lastIndexOf('.');
    long owner;
    if (dot < 0) {
      owner = ImportApi.PyImport_ImportModule(BUILTINS.address());
    } else {
      long moduleName = Strings.toPythonVerbatim(name.substring(0, dot));
      owner = ImportApi.PyImport_GetModule(moduleName);
      ObjectApi.Py_DecRef(moduleName);
      if (owner == 0 && ErrorApi.PyErr_Occurred() == 0) {
        owner = imported(name.substring(0, dot));
      }
    }
    if (owner == 0) {
      ErrorApi.PyErr_Clear();
      return 0;
    }
    long attribute = Strings.toPythonVerbatim(name.substring(dot + 1));
    long candidate = ObjectApi.PyObject_GetAttr(owner, attribute);
    ObjectApi.Py_DecRef(attribute);
    ObjectApi.Py_DecRef(owner);
    if (candidate == 0) {
      ErrorApi.PyErr_Clear();
      return 0;
    }
    boolean isType =
        (ObjectApi.PyType_GetFlags(TypeNames.typeOf(candidate)) & Layouts.TPFLAGS_TYPE_SUBCLASS) != 0;
    if (isType && (ObjectApi.PyType_GetFlags(candidate) & Layouts.TPFLAGS_BASE_EXC_SUBCLASS) != 0) {
      return candidate;
    }
    ObjectApi.Py_DecRef(candidate);
    return 0;
  }
}
