package dev.pyjava.runtime.cpython.process;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.calls.UpcallShell;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ImportApi;
import dev.pyjava.runtime.cpython.ffi.capi.ModuleApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.ThreadApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.gil.ShutdownGate;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Builtin functions pyjava registers with Python for its own housekeeping: the {@code atexit}
 * hook that closes the {@link ShutdownGate}, and the function that puts the JVM's signal handlers back ({@link JvmSignalHandlers}). They are {@code METH_NOARGS} C functions made from upcalls, covered by the fork guard ({@link ForkCutOff}): in a forked child they do nothing, without Java. GIL held for all methods.
 */
public final class HiddenFunctions {
  private HiddenFunctions() {}

  private static final FunctionDescriptor NOARGS = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG);

  /** {@code atexit.register(<hook>)}: Java threads stop taking the GIL before finalization. */
  public static void registerExitHook() {
    long hook = function("_pyjava_at_exit", "onExit");
    callModuleFunction("atexit", "register", hook, null);
  }

  /** A new reference to a builtin function that puts the JVM's signal handlers back. */
  static long restoreSignalHandlersFunction() {
    return function("_pyjava_restore_jvm_signal_handlers", "onRestoreSignalHandlers");
  }

  @SuppressWarnings("unused") // Called from Python through an upcall stub.
  private static long onRestoreSignalHandlers(long self, long ignored) {
    return UpcallShell.run(
        () -> {
          JvmSignalHandlers.restore();
          return none();
        });
  }

  @SuppressWarnings("unused") // Called from Python through an upcall stub.
  private static long onExit(long self, long ignored) {
    return UpcallShell.run(
        () -> {
          long threadState = ThreadApi.PyEval_SaveThread();
          try {
            ShutdownGate.INSTANCE.closeAndDrain();
          } finally {
            ThreadApi.PyEval_RestoreThread(threadState);
          }
          return none();
        });
  }

  private static long none() {
    ObjectApi.Py_IncRef(ObjectApi.NONE);
    return ObjectApi.NONE;
  }

  /** A new reference to a builtin function named {@code name} running {@code method}. */
  private static long function(String name, String method) {
    MethodHandle target;
    try {
      target =
          MethodHandles.lookup()
              .findStatic(
                  HiddenFunctions.class,
                  method,
                  MethodType.methodType(long.class, long.class, long.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    Arena global = Arena.global();
    MemorySegment def = global.allocate(Layouts.METHOD_DEF).fill((byte) 0);
    def.set(ADDRESS, Layouts.METHOD_DEF_NAME, NativeMemory.permanentCString(name));
    def.set(ADDRESS, Layouts.METHOD_DEF_METH, Linker.nativeLinker().upcallStub(target, NOARGS, global));
    def.set(JAVA_INT, Layouts.METHOD_DEF_FLAGS, Layouts.METH_NOARGS);
    ForkCutOff.trackHousekeeping(def.address());
    long self = ForkCutOff.housekeepingSelf();
    try {
      return PythonErrors.nonNull(ModuleApi.PyCFunction_NewEx(def.address(), self, 0));
    } finally {
      ObjectApi.Py_DecRef(self);
    }
  }

  /** {@code module.function(argument)}, or with {@code keyword=argument}; consumes {@code argument}. */
  private static void callModuleFunction(String module, String function, long argument, String keyword) {
    try (Arena arena = Arena.ofConfined()) {
      long moduleObject = PythonErrors.nonNull(ImportApi.PyImport_ImportModule(arena.allocateFrom(module).address()));
      long callable;
      try {
        callable = PythonErrors.nonNull(ObjectApi.PyObject_GetAttrString(moduleObject, arena.allocateFrom(function).address()));
      } finally {
        ObjectApi.Py_DecRef(moduleObject);
      }
      long args = 0;
      long kwargs = 0;
      try {
        if (keyword == null) {
          args = PythonErrors.nonNull(ContainerApi.PyTuple_New(1));
          ObjectApi.Py_IncRef(argument);
          ContainerApi.PyTuple_SetItem(args, 0, argument);
        } else {
          args = PythonErrors.nonNull(ContainerApi.PyTuple_New(0));
          kwargs = PythonErrors.nonNull(ContainerApi.PyDict_New());
          PythonErrors.nonNegative(
              ContainerApi.PyDict_SetItemString(kwargs, arena.allocateFrom(keyword).address(), argument));
        }
        ObjectApi.Py_DecRef(PythonErrors.nonNull(ObjectApi.PyObject_Call(callable, args, kwargs)));
      } finally {
        ObjectApi.Py_DecRef(callable);
        ObjectApi.Py_DecRef(argument);
        if (args != 0) {
          ObjectApi.Py_DecRef(args);
        }
        if (kwargs != 0) {
          ObjectApi.Py_DecRef(kwargs);
        }
      }
    }
  }
}
