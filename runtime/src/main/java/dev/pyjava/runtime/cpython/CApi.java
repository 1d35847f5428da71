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
import java.util.Optional;

/**
 * The part of libpython's C-API pyjava uses: one downcall handle per function, bound once to the
 * libpython {@link LibPython} found, and a static method per function named as in C.
 *
 * <p>Each handle lives in a holder class of its own, named after the function, so it is linked
 * the first time its function is called: creating a downcall handle spins classes, and start-up
 * (importing a module) needs only a few of them. Once linked, a handle is a {@code static final}
 * constant like any other, so calls cost the same as with eagerly created handles.
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

  /** {@code PyObject_Vectorcall}, as a C function pointer (the fork guard points functions at it). */
  static final long VECTORCALL_FUNCTION = symbol("PyObject_Vectorcall");

  /** {@code PyObject_CallObject}, as a C function pointer (the fork guard points functions at it). */
  static final long CALL_OBJECT_FUNCTION = symbol("PyObject_CallObject");

  /** {@code &_PyNone_Type}, the type of None. */
  static final long NONE_TYPE = symbol("_PyNone_Type");

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
  private static final class IsFinalizing {
    static final MethodHandle HANDLE = optionalIsFinalizing();
  }

  /** Whether the interpreter is being finalized; {@code false} when libpython cannot tell. */
  static boolean isFinalizing() {
    if (IsFinalizing.HANDLE == null) {
      return false;
    }
    try {
      return (int) IsFinalizing.HANDLE.invokeExact() != 0;
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  /** Where the bound libpython came from, for messages. */
  static String origin() {
    return BINDING.origin();
  }

  // ---- Refcounts ----
  private static final class PyIncRef {
    static final MethodHandle HANDLE = function("Py_IncRef", FunctionDescriptor.ofVoid(JAVA_LONG), CRITICAL);
  }

  /** Adds a reference to {@code o}. */
  static void Py_IncRef(long o) {
    try {
      PyIncRef.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyDecRef {
    static final MethodHandle HANDLE = function("Py_DecRef", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Drops a reference to {@code o}; may run arbitrary Python code. */
  static void Py_DecRef(long o) {
    try {
      PyDecRef.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- The GIL ----
  private static final class PyGILStateEnsure {
    static final MethodHandle HANDLE = function("PyGILState_Ensure", FunctionDescriptor.of(JAVA_INT));
  }

  /** Takes the GIL, re-entrantly; returns the state to pass to {@link #PyGILState_Release}. */
  static int PyGILState_Ensure() {
    try {
      return (int) PyGILStateEnsure.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyGILStateRelease {
    static final MethodHandle HANDLE = function("PyGILState_Release", FunctionDescriptor.ofVoid(JAVA_INT));
  }

  /** Undoes a {@link #PyGILState_Ensure}. */
  static void PyGILState_Release(int state) {
    try {
      PyGILStateRelease.HANDLE.invokeExact(state);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyGILStateCheck {
    static final MethodHandle HANDLE = function("PyGILState_Check", FunctionDescriptor.of(JAVA_INT), CRITICAL);
  }

  /** 1 if the current thread holds the GIL. */
  static int PyGILState_Check() {
    try {
      return (int) PyGILStateCheck.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyEvalSaveThread {
    static final MethodHandle HANDLE = function("PyEval_SaveThread", FunctionDescriptor.of(JAVA_LONG));
  }

  /** Releases the GIL; returns the {@code PyThreadState*} to restore. */
  static long PyEval_SaveThread() {
    try {
      return (long) PyEvalSaveThread.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyEvalRestoreThread {
    static final MethodHandle HANDLE = function("PyEval_RestoreThread", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Takes the GIL back for a saved thread state. */
  static void PyEval_RestoreThread(long threadState) {
    try {
      PyEvalRestoreThread.HANDLE.invokeExact(threadState);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyThreadGetThreadIdent {
    static final MethodHandle HANDLE =
        function("PyThread_get_thread_ident", FunctionDescriptor.of(JAVA_LONG), CRITICAL);
  }

  /** The current thread's identifier, as {@code threading.get_ident()} gives it. */
  static long PyThread_get_thread_ident() {
    try {
      return (long) PyThreadGetThreadIdent.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyErrCheckSignals {
    static final MethodHandle HANDLE = function("PyErr_CheckSignals", FunctionDescriptor.of(JAVA_INT));
  }

  /**
   * Runs the Python handlers of the signals that arrived (on the main thread only); -1 with the
   * exception set when one raised.
   */
  static int PyErr_CheckSignals() {
    try {
      return (int) PyErrCheckSignals.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- Interpreter lifecycle ----
  private static final class PyIsInitialized {
    static final MethodHandle HANDLE = function("Py_IsInitialized", FunctionDescriptor.of(JAVA_INT));
  }

  /** 1 once the interpreter is initialized. */
  static int Py_IsInitialized() {
    try {
      return (int) PyIsInitialized.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyConfigInitPythonConfig {
    static final MethodHandle HANDLE = function("PyConfig_InitPythonConfig", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Fills a {@code PyConfig} as {@code python3} would. */
  static void PyConfig_InitPythonConfig(long config) {
    try {
      PyConfigInitPythonConfig.HANDLE.invokeExact(config);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyConfigSetBytesArgv {
    static final MethodHandle HANDLE = function("PyConfig_SetBytesArgv", FunctionDescriptor.of(Layouts.STATUS, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Sets the command line, decoded with the locale encoding. */
  static MemorySegment PyConfig_SetBytesArgv(SegmentAllocator allocator, long config, long argc, long argv) {
    try {
      return (MemorySegment) PyConfigSetBytesArgv.HANDLE.invokeExact(allocator, config, argc, argv);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyInitializeFromConfig {
    static final MethodHandle HANDLE = function("Py_InitializeFromConfig", FunctionDescriptor.of(Layouts.STATUS, JAVA_LONG));
  }

  /** Initializes the interpreter. */
  static MemorySegment Py_InitializeFromConfig(SegmentAllocator allocator, long config) {
    try {
      return (MemorySegment) PyInitializeFromConfig.HANDLE.invokeExact(allocator, config);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyConfigClear {
    static final MethodHandle HANDLE = function("PyConfig_Clear", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Frees what a {@code PyConfig} holds. */
  static void PyConfig_Clear(long config) {
    try {
      PyConfigClear.HANDLE.invokeExact(config);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyRunMain {
    static final MethodHandle HANDLE = function("Py_RunMain", FunctionDescriptor.of(JAVA_INT));
  }

  /** Runs the configured command, script or module, finalizes, and returns the exit status. */
  static int Py_RunMain() {
    try {
      return (int) PyRunMain.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyImportAppendInittab {
    static final MethodHandle HANDLE = function("PyImport_AppendInittab", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  /** Registers a built-in module; only before initialization. */
  static int PyImport_AppendInittab(long name, long initfunc) {
    try {
      return (int) PyImportAppendInittab.HANDLE.invokeExact(name, initfunc);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- Modules and functions ----
  private static final class PyModuleFromDefAndSpec2 {
    static final MethodHandle HANDLE =
        function("PyModule_FromDefAndSpec2", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT));
  }

  /** Creates a module from a multi-phase {@code PyModuleDef} and a module spec; new reference. */
  static long PyModule_FromDefAndSpec2(long def, long spec, int apiVersion) {
    try {
      return (long) PyModuleFromDefAndSpec2.HANDLE.invokeExact(def, spec, apiVersion);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyModuleExecDef {
    static final MethodHandle HANDLE = function("PyModule_ExecDef", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  /** Runs the exec slots of {@code def} on {@code module}; 0, or -1 with an exception set. */
  static int PyModule_ExecDef(long module, long def) {
    try {
      return (int) PyModuleExecDef.HANDLE.invokeExact(module, def);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyModuleDefInit {
    static final MethodHandle HANDLE = function("PyModuleDef_Init", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** Makes {@code def} a ready {@code PyModuleDef} object and returns it (borrowed: it is static). */
  static long PyModuleDef_Init(long def) {
    try {
      return (long) PyModuleDefInit.HANDLE.invokeExact(def);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyImportImportModule {
    static final MethodHandle HANDLE = function("PyImport_ImportModule", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code import name}; new reference. */
  static long PyImport_ImportModule(long name) {
    try {
      return (long) PyImportImportModule.HANDLE.invokeExact(name);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyImportGetModule {
    static final MethodHandle HANDLE = function("PyImport_GetModule", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code sys.modules.get(name)} for a str {@code name}; new reference, or NULL (without an exception) if absent. */
  static long PyImport_GetModule(long name) {
    try {
      return (long) PyImportGetModule.HANDLE.invokeExact(name);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyCFunctionNewEx {
    static final MethodHandle HANDLE = function("PyCFunction_NewEx", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** A builtin function object; new reference. */
  static long PyCFunction_NewEx(long methodDef, long self, long module) {
    try {
      return (long) PyCFunctionNewEx.HANDLE.invokeExact(methodDef, self, module);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- Objects ----
  private static final class PyObjectGetAttr {
    static final MethodHandle HANDLE = function("PyObject_GetAttr", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code getattr(o, name)} for a str {@code name}; new reference. */
  static long PyObject_GetAttr(long o, long name) {
    try {
      return (long) PyObjectGetAttr.HANDLE.invokeExact(o, name);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyObjectGetAttrString {
    static final MethodHandle HANDLE = function("PyObject_GetAttrString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code getattr(o, name)}; new reference. */
  static long PyObject_GetAttrString(long o, long name) {
    try {
      return (long) PyObjectGetAttrString.HANDLE.invokeExact(o, name);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyObjectCall {
    static final MethodHandle HANDLE = function("PyObject_Call", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code callable(*args, **kwargs)}; new reference. */
  static long PyObject_Call(long callable, long args, long kwargs) {
    try {
      return (long) PyObjectCall.HANDLE.invokeExact(callable, args, kwargs);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyObjectRepr {
    static final MethodHandle HANDLE = function("PyObject_Repr", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code repr(o)}; new reference. */
  static long PyObject_Repr(long o) {
    try {
      return (long) PyObjectRepr.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyObjectStr {
    static final MethodHandle HANDLE = function("PyObject_Str", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code str(o)}; new reference. */
  static long PyObject_Str(long o) {
    try {
      return (long) PyObjectStr.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyObjectIsTrue {
    static final MethodHandle HANDLE = function("PyObject_IsTrue", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
  }

  /** {@code bool(o)}: 1, 0, or -1 with an exception set. */
  static int PyObject_IsTrue(long o) {
    try {
      return (int) PyObjectIsTrue.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyTypeGetFlags {
    static final MethodHandle HANDLE = function("PyType_GetFlags", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), CRITICAL);
  }

  /** The type's {@code tp_flags}. */
  static long PyType_GetFlags(long type) {
    try {
      return (long) PyTypeGetFlags.HANDLE.invokeExact(type);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyTypeIsSubtype {
    static final MethodHandle HANDLE = function("PyType_IsSubtype", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG), CRITICAL);
  }

  /** 1 if {@code type} is a subtype of {@code base}. */
  static int PyType_IsSubtype(long type, long base) {
    try {
      return (int) PyTypeIsSubtype.HANDLE.invokeExact(type, base);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyTypeGetName {
    static final MethodHandle HANDLE = function("PyType_GetName", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code type.__name__}; new reference. */
  static long PyType_GetName(long type) {
    try {
      return (long) PyTypeGetName.HANDLE.invokeExact(type);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- str ----
  private static final class PyUnicodeAsUTF8AndSize {
    static final MethodHandle HANDLE = function("PyUnicode_AsUTF8AndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** The UTF-8 bytes of a str, owned by it; NULL with UnicodeEncodeError for lone surrogates. */
  static long PyUnicode_AsUTF8AndSize(long o, long sizeOut) {
    try {
      return (long) PyUnicodeAsUTF8AndSize.HANDLE.invokeExact(o, sizeOut);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyUnicodeFromStringAndSize {
    static final MethodHandle HANDLE = function("PyUnicode_FromStringAndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** A str from UTF-8; new reference. */
  static long PyUnicode_FromStringAndSize(long utf8, long size) {
    try {
      return (long) PyUnicodeFromStringAndSize.HANDLE.invokeExact(utf8, size);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyUnicodeAsEncodedString {
    static final MethodHandle HANDLE = function("PyUnicode_AsEncodedString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code o.encode(encoding, errors)}; new reference. */
  static long PyUnicode_AsEncodedString(long o, long encoding, long errors) {
    try {
      return (long) PyUnicodeAsEncodedString.HANDLE.invokeExact(o, encoding, errors);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyUnicodeJoin {
    static final MethodHandle HANDLE = function("PyUnicode_Join", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code separator.join(items)}; new reference. */
  static long PyUnicode_Join(long separator, long items) {
    try {
      return (long) PyUnicodeJoin.HANDLE.invokeExact(separator, items);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyUnicodeDecodeUTF16 {
    static final MethodHandle HANDLE = function("PyUnicode_DecodeUTF16", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** A str from UTF-16; new reference. */
  static long PyUnicode_DecodeUTF16(long data, long size, long errors, long byteOrder) {
    try {
      return (long) PyUnicodeDecodeUTF16.HANDLE.invokeExact(data, size, errors, byteOrder);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- int, float, bool ----
  private static final class PyLongFromLongLong {
    static final MethodHandle HANDLE = function("PyLong_FromLongLong", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** An int; new reference. */
  static long PyLong_FromLongLong(long value) {
    try {
      return (long) PyLongFromLongLong.HANDLE.invokeExact(value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyLongAsLong {
    static final MethodHandle HANDLE = function("PyLong_AsLong", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** The value of an int; -1 with OverflowError set if it does not fit a C long. */
  static long PyLong_AsLong(long o) {
    try {
      return (long) PyLongAsLong.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyLongAsLongAndOverflow {
    static final MethodHandle HANDLE = function("PyLong_AsLongAndOverflow", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG), CRITICAL);
  }

  /** The value of an int (or subclass: then it never raises nor runs Python code); -1 with {@code *overflowOut} set to 1 or -1 if it does not fit a C long. */
  static long PyLong_AsLongAndOverflow(long o, long overflowOut) {
    try {
      return (long) PyLongAsLongAndOverflow.HANDLE.invokeExact(o, overflowOut);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyLongFromString {
    static final MethodHandle HANDLE = function("PyLong_FromString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT));
  }

  /** An int parsed from text; new reference. */
  static long PyLong_FromString(long text, long endOut, int base) {
    try {
      return (long) PyLongFromString.HANDLE.invokeExact(text, endOut, base);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyNumberToBase {
    static final MethodHandle HANDLE = function("PyNumber_ToBase", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT));
  }

  /** The int as a str in base 2, 8, 10 or 16 with prefix; new reference. */
  static long PyNumber_ToBase(long o, int base) {
    try {
      return (long) PyNumberToBase.HANDLE.invokeExact(o, base);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyFloatFromDouble {
    static final MethodHandle HANDLE = function("PyFloat_FromDouble", FunctionDescriptor.of(JAVA_LONG, JAVA_DOUBLE));
  }

  /** A float; new reference. */
  static long PyFloat_FromDouble(double value) {
    try {
      return (long) PyFloatFromDouble.HANDLE.invokeExact(value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyFloatAsDouble {
    static final MethodHandle HANDLE = function("PyFloat_AsDouble", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_LONG), CRITICAL);
  }

  /** The value of a float or float subclass (only these: others may run {@code __float__}, which a critical call must not). */
  static double PyFloat_AsDouble(long o) {
    try {
      return (double) PyFloatAsDouble.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- bytes ----
  private static final class PyBytesFromStringAndSize {
    static final MethodHandle HANDLE = function("PyBytes_FromStringAndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** A bytes copied from memory; new reference. */
  static long PyBytes_FromStringAndSize(long data, long size) {
    try {
      return (long) PyBytesFromStringAndSize.HANDLE.invokeExact(data, size);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyBytesAsString {
    static final MethodHandle HANDLE = function("PyBytes_AsString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** The bytes' buffer, owned by it. */
  static long PyBytes_AsString(long o) {
    try {
      return (long) PyBytesAsString.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyBytesSize {
    static final MethodHandle HANDLE = function("PyBytes_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code len(o)} of a bytes. */
  static long PyBytes_Size(long o) {
    try {
      return (long) PyBytesSize.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- list, tuple, sequences ----
  private static final class PyListNew {
    static final MethodHandle HANDLE = function("PyList_New", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** A list of {@code size} NULL slots; new reference. */
  static long PyList_New(long size) {
    try {
      return (long) PyListNew.HANDLE.invokeExact(size);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyListSize {
    static final MethodHandle HANDLE = function("PyList_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), CRITICAL);
  }

  /** {@code len(list)}. */
  static long PyList_Size(long list) {
    try {
      return (long) PyListSize.HANDLE.invokeExact(list);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyListSetItem {
    static final MethodHandle HANDLE = function("PyList_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Sets a slot, stealing the reference to {@code item}. */
  static int PyList_SetItem(long list, long index, long item) {
    try {
      return (int) PyListSetItem.HANDLE.invokeExact(list, index, item);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyListAppend {
    static final MethodHandle HANDLE = function("PyList_Append", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  /** {@code list.append(item)}. */
  static int PyList_Append(long list, long item) {
    try {
      return (int) PyListAppend.HANDLE.invokeExact(list, item);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PySequenceGetItem {
    static final MethodHandle HANDLE = function("PySequence_GetItem", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code o[index]}, negative counting from the end; new reference. */
  static long PySequence_GetItem(long o, long index) {
    try {
      return (long) PySequenceGetItem.HANDLE.invokeExact(o, index);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PySequenceSetItem {
    static final MethodHandle HANDLE = function("PySequence_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code o[index] = value}, negative counting from the end. */
  static int PySequence_SetItem(long o, long index, long value) {
    try {
      return (int) PySequenceSetItem.HANDLE.invokeExact(o, index, value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyTupleNew {
    static final MethodHandle HANDLE = function("PyTuple_New", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** A tuple of {@code size} NULL slots; new reference. */
  static long PyTuple_New(long size) {
    try {
      return (long) PyTupleNew.HANDLE.invokeExact(size);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyTupleSize {
    static final MethodHandle HANDLE = function("PyTuple_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), CRITICAL);
  }

  /** {@code len(tuple)}. */
  static long PyTuple_Size(long tuple) {
    try {
      return (long) PyTupleSize.HANDLE.invokeExact(tuple);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyTupleGetItem {
    static final MethodHandle HANDLE = function("PyTuple_GetItem", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG), CRITICAL);
  }

  /** {@code tuple[index]}; borrowed reference. */
  static long PyTuple_GetItem(long tuple, long index) {
    try {
      return (long) PyTupleGetItem.HANDLE.invokeExact(tuple, index);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyTupleSetItem {
    static final MethodHandle HANDLE = function("PyTuple_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Fills a slot, stealing the reference to {@code item}. */
  static int PyTuple_SetItem(long tuple, long index, long item) {
    try {
      return (int) PyTupleSetItem.HANDLE.invokeExact(tuple, index, item);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- dict ----
  private static final class PyDictNew {
    static final MethodHandle HANDLE = function("PyDict_New", FunctionDescriptor.of(JAVA_LONG));
  }

  /** An empty dict; new reference. */
  static long PyDict_New() {
    try {
      return (long) PyDictNew.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyDictSize {
    static final MethodHandle HANDLE = function("PyDict_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), CRITICAL);
  }

  /** {@code len(dict)}. */
  static long PyDict_Size(long dict) {
    try {
      return (long) PyDictSize.HANDLE.invokeExact(dict);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyDictGetItemWithError {
    static final MethodHandle HANDLE = function("PyDict_GetItemWithError", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code dict.get(key)}; borrowed, NULL when absent or on error. */
  static long PyDict_GetItemWithError(long dict, long key) {
    try {
      return (long) PyDictGetItemWithError.HANDLE.invokeExact(dict, key);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyDictSetItem {
    static final MethodHandle HANDLE = function("PyDict_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code dict[key] = value}. */
  static int PyDict_SetItem(long dict, long key, long value) {
    try {
      return (int) PyDictSetItem.HANDLE.invokeExact(dict, key, value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyDictSetItemString {
    static final MethodHandle HANDLE = function("PyDict_SetItemString", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code dict[key] = value} with a C string key. */
  static int PyDict_SetItemString(long dict, long key, long value) {
    try {
      return (int) PyDictSetItemString.HANDLE.invokeExact(dict, key, value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyDictKeys {
    static final MethodHandle HANDLE = function("PyDict_Keys", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code list(dict.keys())}; new reference. */
  static long PyDict_Keys(long dict) {
    try {
      return (long) PyDictKeys.HANDLE.invokeExact(dict);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  // ---- Exceptions ----
  private static final class PyErrOccurred {
    static final MethodHandle HANDLE = function("PyErr_Occurred", FunctionDescriptor.of(JAVA_LONG), CRITICAL);
  }

  /** The type of the pending exception (borrowed), or NULL. */
  static long PyErr_Occurred() {
    try {
      return (long) PyErrOccurred.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyErrFetch {
    static final MethodHandle HANDLE = function("PyErr_Fetch", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Takes the pending exception, clearing it. */
  static void PyErr_Fetch(long typeOut, long valueOut, long tracebackOut) {
    try {
      PyErrFetch.HANDLE.invokeExact(typeOut, valueOut, tracebackOut);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyErrNormalizeException {
    static final MethodHandle HANDLE = function("PyErr_NormalizeException", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Makes a fetched exception an instance of its type. */
  static void PyErr_NormalizeException(long typeInOut, long valueInOut, long tracebackInOut) {
    try {
      PyErrNormalizeException.HANDLE.invokeExact(typeInOut, valueInOut, tracebackInOut);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyErrSetObject {
    static final MethodHandle HANDLE = function("PyErr_SetObject", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));
  }

  /** Raises {@code value} as an exception of {@code type}. */
  static void PyErr_SetObject(long type, long value) {
    try {
      PyErrSetObject.HANDLE.invokeExact(type, value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyErrSetString {
    static final MethodHandle HANDLE = function("PyErr_SetString", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));
  }

  /** Raises {@code type(message)}. */
  static void PyErr_SetString(long type, long message) {
    try {
      PyErrSetString.HANDLE.invokeExact(type, message);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyErrClear {
    static final MethodHandle HANDLE = function("PyErr_Clear", FunctionDescriptor.ofVoid());
  }

  /** Clears the pending exception. */
  static void PyErr_Clear() {
    try {
      PyErrClear.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static final class PyExceptionSetTraceback {
    static final MethodHandle HANDLE = function("PyException_SetTraceback", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  /** Sets {@code exception.__traceback__}. */
  static int PyException_SetTraceback(long exception, long traceback) {
    try {
      return (int) PyExceptionSetTraceback.HANDLE.invokeExact(exception, traceback);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static long symbol(String name) {
    return address(name).address();
  }

  /**
   * The object a pointer variable such as {@code PyExc_TypeError} holds, or 0 when this libpython
   * has no variable of that name.
   */
  static long optionalPointerVariable(String name) {
    return SYMBOLS.find(name).map(variable -> NativeMemory.readPointer(variable.address())).orElse(0L);
  }

  private static MethodHandle function(
      String name, FunctionDescriptor descriptor, Linker.Option... options) {
    return LINKER.downcallHandle(address(name), descriptor, options);
  }

  private static MemorySegment address(String name) {
    Optional<MemorySegment> address = SYMBOLS.find(name);
    if (address.isEmpty()) {
      throw missing(name);
    }
    return address.get();
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
