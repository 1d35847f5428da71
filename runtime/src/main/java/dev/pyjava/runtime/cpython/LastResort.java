package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.exceptions.ExceptionMapper;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * What an upcall does when everything else failed: no Java throwable may ever leave an upcall
 * (the JVM would exit and take Python with it), so failing to report an error still reports one.
 */
final class LastResort {
  private LastResort() {}

  private static final MemorySegment STATIC_MESSAGE =
      NativeMemory.permanentCString(
          "pyjava: a Java error could not be turned into a Python exception"
              + " (out of memory or stack)");

  /** Classes the error path needs, loaded up front so no class loading happens in a crisis. */
  private static final String[] ERROR_PATH_CLASSES = {
    "dev.pyjava.runtime.exceptions.ExceptionMapper",
    "dev.pyjava.runtime.exceptions.BuiltinExceptions",
    "dev.pyjava.runtime.exceptions.PyRecursionError",
    "dev.pyjava.runtime.exceptions.PyMemoryError",
    "dev.pyjava.runtime.exceptions.PyRuntimeError",
    "dev.pyjava.runtime.cpython.PythonErrors",
    "dev.pyjava.runtime.cpython.BuiltinExceptionTypes",
  };

  /** Loads and initializes the error path's classes. */
  static void prepare() {
    for (String name : ERROR_PATH_CLASSES) {
      try {
        Class.forName(name, true, LastResort.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("pyjava runtime class missing: " + name, e);
      }
    }
  }

  /**
   * Raises {@code failure} in Python as its mapped exception; returns NULL for the upcall to
   * return. Never throws.
   */
  static long fail(Throwable failure) {
    try {
      PythonErrors.raise(ExceptionMapper.toPython(failure));
    } catch (Throwable again) {
      raiseStatic();
    }
    return 0;
  }

  /** Raises {@code RuntimeError(message)}. Never throws. */
  static void raiseRuntimeError(String message) {
    try (Arena arena = Arena.ofConfined()) {
      CApi.PyErr_SetString(CApi.EXC_RUNTIME_ERROR, arena.allocateFrom(message).address());
    } catch (Throwable failed) {
      raiseStatic();
    }
  }

  private static void raiseStatic() {
    try {
      CApi.PyErr_SetString(CApi.EXC_RUNTIME_ERROR, STATIC_MESSAGE.address());
    } catch (Throwable ignored) {
      // Nothing is left to try: Python reports the NULL result as a SystemError.
    }
  }
}
