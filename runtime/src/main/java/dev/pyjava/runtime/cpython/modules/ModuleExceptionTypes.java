package dev.pyjava.runtime.cpython.modules;

import dev.pyjava.runtime.cpython.ffi.capi.ErrorApi;
import dev.pyjava.runtime.cpython.ffi.capi.ModuleApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.def.ExceptionDef;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a new module object's exception classes ({@code PyErr_NewExceptionWithDoc}, as a C
 * extension does) and adds them to it. Raising finds them by name ({@code module.Name}, which
 * {@code PyException.pythonType()} reports for their Java classes). GIL held.
 */
final class ModuleExceptionTypes {
  private ModuleExceptionTypes() {}

  /** Adds each of {@code exceptions} to the module object {@code module} named {@code name}. */
  static void addAll(long module, String name, List<ExceptionDef> exceptions) {
    // The classes made so far, borrowed from the module, for those that subclass them.
    Map<String, Long> made = new HashMap<>();
    for (ExceptionDef exception : exceptions) {
      String pythonName = name + "." + exception.name();
      Long madeBase = made.get(exception.base());
      long base;
      if (madeBase != null) {
        base = madeBase;
        ObjectApi.Py_IncRef(base);
      } else {
        base = PythonErrors.exceptionClass(exception.base());
      }
      if (base == 0) {
        throw new IllegalStateException(
            pythonName + " extends " + exception.base() + ", which is not an exception class");
      }
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment doc =
            exception.doc() == null ? MemorySegment.NULL : arena.allocateFrom(exception.doc());
        long type =
            PythonErrors.nonNull(
                ErrorApi.PyErr_NewExceptionWithDoc(
                    arena.allocateFrom(pythonName).address(), doc.address(), base, 0));
        try {
          PythonErrors.nonNegative(ModuleApi.PyModule_AddType(module, type));
          made.put(pythonName, type);
        } finally {
          ObjectApi.Py_DecRef(type);
        }
      } finally {
        ObjectApi.Py_DecRef(base);
      }
    }
  }
}
