package dev.pyjava.runtime.cpython.modules;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.calls.SpecializedUpcalls;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ModuleApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.process.ForkCutOff;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ModuleDef} into a real CPython module: a {@code PyModuleDef} and its {@code
 * PyMethodDef} array, made once per module in memory that is never freed (CPython keeps pointers
 * into them for the life of the process).
 */
public final class NativeModules {
  private NativeModules() {}

  /** {@code m_size} -1: single-phase, one instance per process (the JVM is global state). */
  private static final long GLOBAL_STATE = -1;

  private static final Map<String, MemorySegment> DEFINITIONS = new HashMap<>();

  /**
   * A new reference to a new module object for {@code module}, or 0 with a Python exception set.
   * GIL held.
   */
  public static long create(ModuleDef module) {
    MemorySegment definition = definition(module);
    long created = ModuleApi.PyModule_Create2(definition.address(), Layouts.PYTHON_API_VERSION);
    if (created != 0) {
      try {
        ForkCutOff.track(
            created, definition.get(ADDRESS, Layouts.MODULE_DEF_METHODS).address(), module.functions().size());
      } catch (RuntimeException | Error e) {
        ObjectApi.Py_DecRef(created);
        throw e;
      }
    }
    return created;
  }

  /** The {@code PyModuleDef} of {@code module}, made on first use. */
  public static synchronized MemorySegment definition(ModuleDef module) {
    return DEFINITIONS.computeIfAbsent(module.name(), name -> build(module));
  }

  private static MemorySegment build(ModuleDef module) {
    Arena global = Arena.global();
    List<FunctionDef> functions = module.functions();
    // One extra, zeroed entry ends the array.
    MemorySegment methods = global.allocate(Layouts.METHOD_DEF, functions.size() + 1L).fill((byte) 0);
    for (int i = 0; i < functions.size(); i++) {
      FunctionDef function = functions.get(i);
      MemorySegment entry = methods.asSlice(i * Layouts.METHOD_DEF.byteSize(), Layouts.METHOD_DEF);
      entry.set(ADDRESS, Layouts.METHOD_DEF_NAME, NativeMemory.permanentCString(function.name()));
      entry.set(ADDRESS, Layouts.METHOD_DEF_METH, SpecializedUpcalls.stub(function, entry));
      entry.set(JAVA_INT, Layouts.METHOD_DEF_FLAGS, Layouts.METH_FASTCALL | Layouts.METH_KEYWORDS);
      entry.set(
          ADDRESS,
          Layouts.METHOD_DEF_DOC,
          NativeMemory.permanentCString(TextSignature.methodDoc(function)));
    }
    MemorySegment definition = global.allocate(Layouts.MODULE_DEF).fill((byte) 0);
    // PyModuleDef_HEAD_INIT: a reference count of 1, everything else zero.
    definition.set(JAVA_LONG, Layouts.MODULE_DEF_REFCNT, 1);
    definition.set(ADDRESS, Layouts.MODULE_DEF_NAME, NativeMemory.permanentCString(module.name()));
    if (module.doc() != null) {
      definition.set(ADDRESS, Layouts.MODULE_DEF_DOC, NativeMemory.permanentCString(module.doc()));
    }
    definition.set(JAVA_LONG, Layouts.MODULE_DEF_SIZE, GLOBAL_STATE);
    definition.set(ADDRESS, Layouts.MODULE_DEF_METHODS, methods);
    return definition;
  }
}
