package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * The part of libpython's C-API pyjava uses: one downcall handle per function, bound once to the
 * libpython {@link LibPython} found, and a static method per function named as in C.
 *
 * <p>Pointers are passed and returned as {@code long} addresses; {@code Py_ssize_t} and C {@code
 * long} are {@code long} (64-bit platforms only). Reference semantics are CPython's: each method
 * says whether a result is a new or a borrowed reference. Every function needs the GIL.
 *
 * <p>Touching this class before libpython is bound fails: entry points bind first. Only tiny
 * functions that never block nor call back into Python are linked {@link
 * Linker.Option#critical(boolean) critical}.
 */
@SuppressWarnings("checkstyle:MethodName")
final class CApi {
  private CApi() {}

  private static final Linker LINKER = Linker.nativeLinker();
  private static final Linker.Option CRITICAL = Linker.Option.critical(false);
  private static final LibPython.Binding BINDING = LibPython.binding();
  private static final SymbolLookup SYMBOLS = BINDING.symbols();

  /** {@code Py_None}: the address of {@code _Py_NoneStruct}. */
  static final long NONE = symbol("_Py_NoneStruct");

  /** {@code Py_True}. */
  static final long TRUE = symbol("_Py_TrueStruct");

  /** {@code Py_False}. */
  static final long FALSE = symbol("_Py_FalseStruct");

  /** {@code &PyFloat_Type}. */
  static final long FLOAT_TYPE = symbol("PyFloat_Type");

  /** {@code &PyBool_Type}. */
  static final long BOOL_TYPE = symbol("PyBool_Type");

  /** {@code &PyLong_Type}. */
  static final long LONG_TYPE = symbol("PyLong_Type");

  /** {@code &PyUnicode_Type}. */
  static final long UNICODE_TYPE = symbol("PyUnicode_Type");

  /** {@code &PyBytes_Type}. */
  static final long BYTES_TYPE = symbol("PyBytes_Type");

  /** {@code &PyList_Type}. */
  static final long LIST_TYPE = symbol("PyList_Type");

  /** {@code &PyTuple_Type}. */
  static final long TUPLE_TYPE = symbol("PyTuple_Type");

  /** {@code &PyDict_Type}. */
  static final long DICT_TYPE = symbol("PyDict_Type");

  /** {@code PyExc_RuntimeError}: read from the pointer variable. */
  static final long EXC_RUNTIME_ERROR = NativeMemory.readPointer(symbol("PyExc_RuntimeError"));

  /** {@code PyExc_SystemError}: read from the pointer variable. */
  static final long EXC_SYSTEM_ERROR = NativeMemory.readPointer(symbol("PyExc_SystemError"));

  /** {@code Py_IsFinalizing} (3.13+) or {@code _Py_IsFinalizing}; null if neither exists. */
  private static final MethodHandle IS_FINALIZING = optionalIsFinalizing();

  /** Whether the interpreter is being finalized; {@code false} when libpython cannot tell. */
  static boolean isFinalizing() {
    if (IS_FINALIZING == null) {
      return false;
    }
    try {
      return (int) IS_FINALIZING.invokeExact() != 0;
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  /** Where the bound libpython came from, for messages. */
  static String origin() {
    return BINDING.origin();
  }

  // ---- Refcounts ----
  private static final MethodHandle PY_INC_REF = function("Py_IncRef", FunctionDescriptor.ofVoid(JAVA_LONG), CRITICAL);

  /** Adds a reference to {@code o}. */
  static void Py_IncRef(long o) {
    try {
      PY_INC_REF.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_DEC_REF = function("Py_DecRef", FunctionDescriptor.ofVoid(JAVA_LONG));

  /** Drops a reference to {@code o}; may run arbitrary Python code. */
  static void Py_DecRef(long o) {
    try {
      PY_DEC_REF.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- The GIL ----
  private static final MethodHandle PY_GILSTATE_ENSURE = function("PyGILState_Ensure", FunctionDescriptor.of(JAVA_INT));

  /** Takes the GIL, re-entrantly; returns the state to pass to {@link #PyGILState_Release}. */
  static int PyGILState_Ensure() {
    try {
      return (int) PY_GILSTATE_ENSURE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_GILSTATE_RELEASE = function("PyGILState_Release", FunctionDescriptor.ofVoid(JAVA_INT));

  /** Undoes a {@link #PyGILState_Ensure}. */
  static void PyGILState_Release(int state) {
    try {
      PY_GILSTATE_RELEASE.invokeExact(state);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_GILSTATE_CHECK = function("PyGILState_Check", FunctionDescriptor.of(JAVA_INT), CRITICAL);

  /** 1 if the current thread holds the GIL. */
  static int PyGILState_Check() {
    try {
      return (int) PY_GILSTATE_CHECK.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_EVAL_SAVE_THREAD = function("PyEval_SaveThread", FunctionDescriptor.of(JAVA_LONG));

  /** Releases the GIL; returns the {@code PyThreadState*} to restore. */
  static long PyEval_SaveThread() {
    try {
      return (long) PY_EVAL_SAVE_THREAD.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_EVAL_RESTORE_THREAD = function("PyEval_RestoreThread", FunctionDescriptor.ofVoid(JAVA_LONG));

  /** Takes the GIL back for a saved thread state. */
  static void PyEval_RestoreThread(long threadState) {
    try {
      PY_EVAL_RESTORE_THREAD.invokeExact(threadState);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- Interpreter lifecycle ----
  private static final MethodHandle PY_IS_INITIALIZED = function("Py_IsInitialized", FunctionDescriptor.of(JAVA_INT));

  /** 1 once the interpreter is initialized. */
  static int Py_IsInitialized() {
    try {
      return (int) PY_IS_INITIALIZED.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_CONFIG_INIT_PYTHON_CONFIG = function("PyConfig_InitPythonConfig", FunctionDescriptor.ofVoid(JAVA_LONG));

  /** Fills a {@code PyConfig} as {@code python3} would. */
  static void PyConfig_InitPythonConfig(long config) {
    try {
      PY_CONFIG_INIT_PYTHON_CONFIG.invokeExact(config);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_CONFIG_SET_BYTES_ARGV = function("PyConfig_SetBytesArgv", FunctionDescriptor.of(Layouts.STATUS, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** Sets the command line, decoded with the locale encoding. */
  static MemorySegment PyConfig_SetBytesArgv(SegmentAllocator allocator, long config, long argc, long argv) {
    try {
      return (MemorySegment) PY_CONFIG_SET_BYTES_ARGV.invokeExact(allocator, config, argc, argv);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_INITIALIZE_FROM_CONFIG = function("Py_InitializeFromConfig", FunctionDescriptor.of(Layouts.STATUS, JAVA_LONG));

  /** Initializes the interpreter. */
  static MemorySegment Py_InitializeFromConfig(SegmentAllocator allocator, long config) {
    try {
      return (MemorySegment) PY_INITIALIZE_FROM_CONFIG.invokeExact(allocator, config);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_CONFIG_CLEAR = function("PyConfig_Clear", FunctionDescriptor.ofVoid(JAVA_LONG));

  /** Frees what a {@code PyConfig} holds. */
  static void PyConfig_Clear(long config) {
    try {
      PY_CONFIG_CLEAR.invokeExact(config);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_RUN_MAIN = function("Py_RunMain", FunctionDescriptor.of(JAVA_INT));

  /** Runs the configured command, script or module, finalizes, and returns the exit status. */
  static int Py_RunMain() {
    try {
      return (int) PY_RUN_MAIN.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_IMPORT_APPEND_INITTAB = function("PyImport_AppendInittab", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));

  /** Registers a built-in module; only before initialization. */
  static int PyImport_AppendInittab(long name, long initfunc) {
    try {
      return (int) PY_IMPORT_APPEND_INITTAB.invokeExact(name, initfunc);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- Modules and functions ----
  private static final MethodHandle PY_MODULE_CREATE2 = function("PyModule_Create2", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));

  /** Creates a module from a {@code PyModuleDef}; new reference. */
  static long PyModule_Create2(long def, int apiVersion) {
    try {
      return (long) PY_MODULE_CREATE2.invokeExact(def, apiVersion);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_IMPORT_IMPORT_MODULE = function("PyImport_ImportModule", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** {@code import name}; new reference. */
  static long PyImport_ImportModule(long name) {
    try {
      return (long) PY_IMPORT_IMPORT_MODULE.invokeExact(name);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_IMPORT_GET_MODULE = function("PyImport_GetModule", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** {@code sys.modules.get(name)} for a str {@code name}; new reference, or NULL (without an exception) if absent. */
  static long PyImport_GetModule(long name) {
    try {
      return (long) PY_IMPORT_GET_MODULE.invokeExact(name);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_CFUNCTION_NEW_EX = function("PyCFunction_NewEx", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** A builtin function object; new reference. */
  static long PyCFunction_NewEx(long methodDef, long self, long module) {
    try {
      return (long) PY_CFUNCTION_NEW_EX.invokeExact(methodDef, self, module);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- Objects ----
  private static final MethodHandle PY_OBJECT_GET_ATTR = function("PyObject_GetAttr", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code getattr(o, name)} for a str {@code name}; new reference. */
  static long PyObject_GetAttr(long o, long name) {
    try {
      return (long) PY_OBJECT_GET_ATTR.invokeExact(o, name);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_OBJECT_GET_ATTR_STRING = function("PyObject_GetAttrString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code getattr(o, name)}; new reference. */
  static long PyObject_GetAttrString(long o, long name) {
    try {
      return (long) PY_OBJECT_GET_ATTR_STRING.invokeExact(o, name);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_OBJECT_CALL = function("PyObject_Call", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code callable(*args, **kwargs)}; new reference. */
  static long PyObject_Call(long callable, long args, long kwargs) {
    try {
      return (long) PY_OBJECT_CALL.invokeExact(callable, args, kwargs);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_OBJECT_REPR = function("PyObject_Repr", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** {@code repr(o)}; new reference. */
  static long PyObject_Repr(long o) {
    try {
      return (long) PY_OBJECT_REPR.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_OBJECT_STR = function("PyObject_Str", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** {@code str(o)}; new reference. */
  static long PyObject_Str(long o) {
    try {
      return (long) PY_OBJECT_STR.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_OBJECT_IS_TRUE = function("PyObject_IsTrue", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));

  /** {@code bool(o)}: 1, 0, or -1 with an exception set. */
  static int PyObject_IsTrue(long o) {
    try {
      return (int) PY_OBJECT_IS_TRUE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_TYPE_GET_FLAGS = function("PyType_GetFlags", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), CRITICAL);

  /** The type's {@code tp_flags}. */
  static long PyType_GetFlags(long type) {
    try {
      return (long) PY_TYPE_GET_FLAGS.invokeExact(type);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_TYPE_IS_SUBTYPE = function("PyType_IsSubtype", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG), CRITICAL);

  /** 1 if {@code type} is a subtype of {@code base}. */
  static int PyType_IsSubtype(long type, long base) {
    try {
      return (int) PY_TYPE_IS_SUBTYPE.invokeExact(type, base);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_TYPE_GET_NAME = function("PyType_GetName", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** {@code type.__name__}; new reference. */
  static long PyType_GetName(long type) {
    try {
      return (long) PY_TYPE_GET_NAME.invokeExact(type);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- str ----
  private static final MethodHandle PY_UNICODE_AS_UTF8_AND_SIZE = function("PyUnicode_AsUTF8AndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** The UTF-8 bytes of a str, owned by it; NULL with UnicodeEncodeError for lone surrogates. */
  static long PyUnicode_AsUTF8AndSize(long o, long sizeOut) {
    try {
      return (long) PY_UNICODE_AS_UTF8_AND_SIZE.invokeExact(o, sizeOut);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_UNICODE_FROM_STRING_AND_SIZE = function("PyUnicode_FromStringAndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** A str from UTF-8; new reference. */
  static long PyUnicode_FromStringAndSize(long utf8, long size) {
    try {
      return (long) PY_UNICODE_FROM_STRING_AND_SIZE.invokeExact(utf8, size);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_UNICODE_AS_ENCODED_STRING = function("PyUnicode_AsEncodedString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code o.encode(encoding, errors)}; new reference. */
  static long PyUnicode_AsEncodedString(long o, long encoding, long errors) {
    try {
      return (long) PY_UNICODE_AS_ENCODED_STRING.invokeExact(o, encoding, errors);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_UNICODE_JOIN = function("PyUnicode_Join", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code separator.join(items)}; new reference. */
  static long PyUnicode_Join(long separator, long items) {
    try {
      return (long) PY_UNICODE_JOIN.invokeExact(separator, items);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_UNICODE_DECODE_UTF16 = function("PyUnicode_DecodeUTF16", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** A str from UTF-16; new reference. */
  static long PyUnicode_DecodeUTF16(long data, long size, long errors, long byteOrder) {
    try {
      return (long) PY_UNICODE_DECODE_UTF16.invokeExact(data, size, errors, byteOrder);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- int, float, bool ----
  private static final MethodHandle PY_LONG_FROM_LONG_LONG = function("PyLong_FromLongLong", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** An int; new reference. */
  static long PyLong_FromLongLong(long value) {
    try {
      return (long) PY_LONG_FROM_LONG_LONG.invokeExact(value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_LONG_AS_LONG = function("PyLong_AsLong", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** The value of an int; -1 with OverflowError set if it does not fit a C long. */
  static long PyLong_AsLong(long o) {
    try {
      return (long) PY_LONG_AS_LONG.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_LONG_AS_LONG_AND_OVERFLOW = function("PyLong_AsLongAndOverflow", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG), CRITICAL);

  /** The value of an int (or subclass: then it never raises nor runs Python code); -1 with {@code *overflowOut} set to 1 or -1 if it does not fit a C long. */
  static long PyLong_AsLongAndOverflow(long o, long overflowOut) {
    try {
      return (long) PY_LONG_AS_LONG_AND_OVERFLOW.invokeExact(o, overflowOut);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_LONG_FROM_STRING = function("PyLong_FromString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT));

  /** An int parsed from text; new reference. */
  static long PyLong_FromString(long text, long endOut, int base) {
    try {
      return (long) PY_LONG_FROM_STRING.invokeExact(text, endOut, base);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_NUMBER_TO_BASE = function("PyNumber_ToBase", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));

  /** The int as a str in base 2, 8, 10 or 16 with prefix; new reference. */
  static long PyNumber_ToBase(long o, int base) {
    try {
      return (long) PY_NUMBER_TO_BASE.invokeExact(o, base);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_FLOAT_FROM_DOUBLE = function("PyFloat_FromDouble", FunctionDescriptor.of(JAVA_LONG, JAVA_DOUBLE));

  /** A float; new reference. */
  static long PyFloat_FromDouble(double value) {
    try {
      return (long) PY_FLOAT_FROM_DOUBLE.invokeExact(value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_FLOAT_AS_DOUBLE = function("PyFloat_AsDouble", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_LONG), CRITICAL);

  /** The value of a float or float subclass (only these: others may run {@code __float__}, which a critical call must not). */
  static double PyFloat_AsDouble(long o) {
    try {
      return (double) PY_FLOAT_AS_DOUBLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- bytes ----
  private static final MethodHandle PY_BYTES_FROM_STRING_AND_SIZE = function("PyBytes_FromStringAndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** A bytes copied from memory; new reference. */
  static long PyBytes_FromStringAndSize(long data, long size) {
    try {
      return (long) PY_BYTES_FROM_STRING_AND_SIZE.invokeExact(data, size);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_BYTES_AS_STRING = function("PyBytes_AsString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** The bytes' buffer, owned by it. */
  static long PyBytes_AsString(long o) {
    try {
      return (long) PY_BYTES_AS_STRING.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_BYTES_SIZE = function("PyBytes_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** {@code len(o)} of a bytes. */
  static long PyBytes_Size(long o) {
    try {
      return (long) PY_BYTES_SIZE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- list, tuple, sequences ----
  private static final MethodHandle PY_LIST_NEW = function("PyList_New", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** A list of {@code size} NULL slots; new reference. */
  static long PyList_New(long size) {
    try {
      return (long) PY_LIST_NEW.invokeExact(size);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_LIST_SIZE = function("PyList_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), CRITICAL);

  /** {@code len(list)}. */
  static long PyList_Size(long list) {
    try {
      return (long) PY_LIST_SIZE.invokeExact(list);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_LIST_SET_ITEM = function("PyList_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** Sets a slot, stealing the reference to {@code item}. */
  static int PyList_SetItem(long list, long index, long item) {
    try {
      return (int) PY_LIST_SET_ITEM.invokeExact(list, index, item);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_LIST_APPEND = function("PyList_Append", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));

  /** {@code list.append(item)}. */
  static int PyList_Append(long list, long item) {
    try {
      return (int) PY_LIST_APPEND.invokeExact(list, item);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_SEQUENCE_GET_ITEM = function("PySequence_GetItem", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code o[index]}, negative counting from the end; new reference. */
  static long PySequence_GetItem(long o, long index) {
    try {
      return (long) PY_SEQUENCE_GET_ITEM.invokeExact(o, index);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_SEQUENCE_SET_ITEM = function("PySequence_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code o[index] = value}, negative counting from the end. */
  static int PySequence_SetItem(long o, long index, long value) {
    try {
      return (int) PY_SEQUENCE_SET_ITEM.invokeExact(o, index, value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_TUPLE_NEW = function("PyTuple_New", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** A tuple of {@code size} NULL slots; new reference. */
  static long PyTuple_New(long size) {
    try {
      return (long) PY_TUPLE_NEW.invokeExact(size);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_TUPLE_SIZE = function("PyTuple_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), CRITICAL);

  /** {@code len(tuple)}. */
  static long PyTuple_Size(long tuple) {
    try {
      return (long) PY_TUPLE_SIZE.invokeExact(tuple);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_TUPLE_GET_ITEM = function("PyTuple_GetItem", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG), CRITICAL);

  /** {@code tuple[index]}; borrowed reference. */
  static long PyTuple_GetItem(long tuple, long index) {
    try {
      return (long) PY_TUPLE_GET_ITEM.invokeExact(tuple, index);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_TUPLE_SET_ITEM = function("PyTuple_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** Fills a slot, stealing the reference to {@code item}. */
  static int PyTuple_SetItem(long tuple, long index, long item) {
    try {
      return (int) PY_TUPLE_SET_ITEM.invokeExact(tuple, index, item);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- dict ----
  private static final MethodHandle PY_DICT_NEW = function("PyDict_New", FunctionDescriptor.of(JAVA_LONG));

  /** An empty dict; new reference. */
  static long PyDict_New() {
    try {
      return (long) PY_DICT_NEW.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_DICT_SIZE = function("PyDict_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), CRITICAL);

  /** {@code len(dict)}. */
  static long PyDict_Size(long dict) {
    try {
      return (long) PY_DICT_SIZE.invokeExact(dict);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_DICT_GET_ITEM_WITH_ERROR = function("PyDict_GetItemWithError", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code dict.get(key)}; borrowed, NULL when absent or on error. */
  static long PyDict_GetItemWithError(long dict, long key) {
    try {
      return (long) PY_DICT_GET_ITEM_WITH_ERROR.invokeExact(dict, key);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_DICT_SET_ITEM = function("PyDict_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code dict[key] = value}. */
  static int PyDict_SetItem(long dict, long key, long value) {
    try {
      return (int) PY_DICT_SET_ITEM.invokeExact(dict, key, value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_DICT_SET_ITEM_STRING = function("PyDict_SetItemString", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** {@code dict[key] = value} with a C string key. */
  static int PyDict_SetItemString(long dict, long key, long value) {
    try {
      return (int) PY_DICT_SET_ITEM_STRING.invokeExact(dict, key, value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_DICT_KEYS = function("PyDict_Keys", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  /** {@code list(dict.keys())}; new reference. */
  static long PyDict_Keys(long dict) {
    try {
      return (long) PY_DICT_KEYS.invokeExact(dict);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- Exceptions ----
  private static final MethodHandle PY_ERR_OCCURRED = function("PyErr_Occurred", FunctionDescriptor.of(JAVA_LONG), CRITICAL);

  /** The type of the pending exception (borrowed), or NULL. */
  static long PyErr_Occurred() {
    try {
      return (long) PY_ERR_OCCURRED.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_ERR_FETCH = function("PyErr_Fetch", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** Takes the pending exception, clearing it. */
  static void PyErr_Fetch(long typeOut, long valueOut, long tracebackOut) {
    try {
      PY_ERR_FETCH.invokeExact(typeOut, valueOut, tracebackOut);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_ERR_NORMALIZE_EXCEPTION = function("PyErr_NormalizeException", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** Makes a fetched exception an instance of its type. */
  static void PyErr_NormalizeException(long typeInOut, long valueInOut, long tracebackInOut) {
    try {
      PY_ERR_NORMALIZE_EXCEPTION.invokeExact(typeInOut, valueInOut, tracebackInOut);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_ERR_SET_OBJECT = function("PyErr_SetObject", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));

  /** Raises {@code value} as an exception of {@code type}. */
  static void PyErr_SetObject(long type, long value) {
    try {
      PY_ERR_SET_OBJECT.invokeExact(type, value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_ERR_SET_STRING = function("PyErr_SetString", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));

  /** Raises {@code type(message)}. */
  static void PyErr_SetString(long type, long message) {
    try {
      PY_ERR_SET_STRING.invokeExact(type, message);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_ERR_CLEAR = function("PyErr_Clear", FunctionDescriptor.ofVoid());

  /** Clears the pending exception. */
  static void PyErr_Clear() {
    try {
      PY_ERR_CLEAR.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final MethodHandle PY_EXCEPTION_SET_TRACEBACK = function("PyException_SetTraceback", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));

  /** Sets {@code exception.__traceback__}. */
  static int PyException_SetTraceback(long exception, long traceback) {
    try {
      return (int) PY_EXCEPTION_SET_TRACEBACK.invokeExact(exception, traceback);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static long symbol(String name) {
    return SYMBOLS.find(name).orElseThrow(() -> missing(name)).address();
  }

  private static MethodHandle function(
      String name, FunctionDescriptor descriptor, Linker.Option... options) {
    MemorySegment address = SYMBOLS.find(name).orElseThrow(() -> missing(name));
    return LINKER.downcallHandle(address, descriptor, options);
  }

  private static MethodHandle optionalIsFinalizing() {
    for (String name : new String[] {"Py_IsFinalizing", "_Py_IsFinalizing"}) {
      var address = SYMBOLS.find(name);
      if (address.isPresent()) {
        return LINKER.downcallHandle(address.get(), FunctionDescriptor.of(JAVA_INT));
      }
    }
    return null;
  }

  private static IllegalStateException missing(String name) {
    return new IllegalStateException(
        "libpython (" + BINDING.origin() + ") has no " + name + ": pyjava needs CPython 3.11 or newer");
  }

  private static RuntimeException unexpected(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("downcall into libpython failed", t);
  }
}
