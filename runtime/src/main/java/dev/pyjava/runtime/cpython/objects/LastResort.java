package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ErrorApi;
import dev.pyjava.runtime.exceptions.BuiltinExceptions;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import dev.pyjava.runtime.exceptions.PyMemoryError;
import dev.pyjava.runtime.exceptions.PyRecursionError;
import dev.pyjava.runtime.exceptions.PyRuntimeError;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * What an upcall does when everything else failed: no Java throwable may ever leave an upcall
 * (the JVM would exit and take Python with it), so failing to report an error still reports one.
 */
public final class LastResort {
  private LastResort() {}

  private static final MemorySegment STATIC_MESSAGE =
      NativeMemory.permanentCString(
          "pyjava: a Java error could not be turned into a Python exception"
              + " (out of memory or stack)");

  /** Classes the error path needs, loaded up front so no class loading happens in a crisis. */
  private static final Class<?>[] ERROR_PATH_CLASSES = {
    ExceptionMapper.class,
    BuiltinExceptions.class,
    PyRecursionError.class,
    PyMemoryError.class,
    PyRuntimeError.class,
    PythonErrors.class,
    BuiltinExceptionTypes.class,
  };

  /** Initializes the error path's classes. */
  public static void prepare() {
    for (Class<?> type : ERROR_PATH_CLASSES) {
      try {
        Class.forName(type.getName(), true, type.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("pyjava runtime class missing: " + type.getName(), e);
      }
    }
  }

  /**
   * Raises {@code failure} in Python as its mapped exception; returns NULL for the upcall to
   * return. Never throws.
   */
  public static long fail(Throwable failure) {
    try {
      PythonErrors.raise(ExceptionMapper.toPython(failure));
    } catch (Throwable again) {
      raiseStatic();
    }
    return 0;
  }

  /** Raises {@code RuntimeError(message)}. Never throws. */
  public static void raiseRuntimeError(String message) {
    try (Arena arena = Arena.ofConfined()) {
      ErrorApi.PyErr_SetString(ErrorApi.EXC_RUNTIME_ERROR, arena.allocateFrom(message).address());
    } catch (Throwable failed) {
      raiseStatic();
    }
  }

  private static void raiseStatic() {
    try {
      ErrorApi.PyErr_SetString(ErrorApi.EXC_RUNTIME_ERROR, STATIC_MESSAGE.address());
    } catch (Throwable ignored) {
      // Nothing is left to try: Python reports the NULL result as a SystemError.
    }
  }
}
