package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code pystate.h}, {@code ceval.h} and {@code pythread.h}: the GIL and thread
 * states. Pointers are {@code long} addresses; each method says whether a result is a new or a
 * borrowed reference. Every function needs the GIL. Bound as {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class ThreadApi {
  private ThreadApi() {}

  private static final class PyGILStateEnsure {
    static final MethodHandle HANDLE = Bindings.function("PyGILState_Ensure", FunctionDescriptor.of(JAVA_INT));
  }

  /** Takes the GIL, re-entrantly; returns the state to pass to {@link #PyGILState_Release}. */
  public static int PyGILState_Ensure() {
    try {
      return (int) PyGILStateEnsure.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyGILStateRelease {
    static final MethodHandle HANDLE = Bindings.function("PyGILState_Release", FunctionDescriptor.ofVoid(JAVA_INT));
  }

  /** Undoes a {@link #PyGILState_Ensure}. */
  public static void PyGILState_Release(int state) {
    try {
      PyGILStateRelease.HANDLE.invokeExact(state);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyGILStateCheck {
    static final MethodHandle HANDLE = Bindings.function("PyGILState_Check", FunctionDescriptor.of(JAVA_INT), Bindings.CRITICAL);
  }

  /** 1 if the current thread holds the GIL. */
  public static int PyGILState_Check() {
    try {
      return (int) PyGILStateCheck.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyEvalSaveThread {
    static final MethodHandle HANDLE = Bindings.function("PyEval_SaveThread", FunctionDescriptor.of(JAVA_LONG));
  }

  /** Releases the GIL; returns the {@code PyThreadState*} to restore. */
  public static long PyEval_SaveThread() {
    try {
      return (long) PyEvalSaveThread.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyEvalRestoreThread {
    static final MethodHandle HANDLE = Bindings.function("PyEval_RestoreThread", FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /** Takes the GIL back for a saved thread state. */
  public static void PyEval_RestoreThread(long threadState) {
    try {
      PyEvalRestoreThread.HANDLE.invokeExact(threadState);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyThreadGetThreadIdent {
    static final MethodHandle HANDLE =
        Bindings.function("PyThread_get_thread_ident", FunctionDescriptor.of(JAVA_LONG), Bindings.CRITICAL);
  }

  /** The current thread's identifier, as {@code threading.get_ident()} gives it. */
  public static long PyThread_get_thread_ident() {
    try {
      return (long) PyThreadGetThreadIdent.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
