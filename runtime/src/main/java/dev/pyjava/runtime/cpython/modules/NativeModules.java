package dev.pyjava.runtime.cpython.modules;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.calls.SpecializedUpcalls;
import dev.pyjava.runtime.cpython.calls.UpcallShell;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ImportApi;
import dev.pyjava.runtime.cpython.ffi.capi.ModuleApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.objects.Strings;
import dev.pyjava.runtime.cpython.process.ForkCutOff;
import dev.pyjava.runtime.def.ConstantDef;
import dev.pyjava.runtime.def.EnumDef;
import dev.pyjava.runtime.def.ExceptionDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ModuleDef} into a real CPython module through multi-phase initialisation (PEP
 * 489): a {@code PyModuleDef} with its {@code PyMethodDef} array and its slots, made once per
 * module in memory that is never freed (CPython keeps pointers into them for the life of the
 * process).
 *
 * <p>The slots say what the module supports, as far as the running version knows the slot: no
 * sub-interpreters (the JVM is per process), and no need for the GIL, so that importing a module
 * keeps a free-threaded Python free-threaded. The exec slot puts the new module's functions under
 * the fork guard and adds the module's types.
 */
public final class NativeModules {
  private NativeModules() {}

  /** {@code m_size} 0: no per-module state (multi-phase initialisation wants it non-negative). */
  private static final long NO_STATE = 0;

  private static final FunctionDescriptor EXEC = FunctionDescriptor.of(JAVA_INT, JAVA_LONG);

  private static final MethodHandle EXEC_MODULE = execModule();

  private static final Map<String, Native> DEFINITIONS = new HashMap<>();

  /**
   * A module's native definition.
   *
   * @param definition its {@code PyModuleDef}
   * @param methods its {@code PyMethodDef} array
   * @param count how many functions the array holds
   * @param types the {@code PyType_Spec} of each of its types, in order
   * @param constants its {@code @PyConstant} attributes
   * @param name the module's name
   * @param exceptions its exception classes, each after its base
   * @param enums its enum classes
   */
  private record Native(
      MemorySegment definition,
      MemorySegment methods,
      int count,
      List<HeapTypes.Spec> types,
      List<ConstantDef> constants,
      String name,
      List<ExceptionDef> exceptions,
      List<EnumDef> enums) {}

  /**
   * A new reference to a new module object for {@code module}, or 0 with a Python exception set:
   * what {@code importlib} does with an extension module's definition. GIL held.
   */
  public static long create(ModuleDef module) {
    long definition = definition(module).address();
    long spec = spec(module.name());
    try {
      long created = ModuleApi.PyModule_FromDefAndSpec2(definition, spec, Layouts.PYTHON_API_VERSION);
      if (created != 0 && ModuleApi.PyModule_ExecDef(created, definition) < 0) {
        ObjectApi.Py_DecRef(created);
        return 0;
      }
      return created;
    } finally {
      ObjectApi.Py_DecRef(spec);
    }
  }

  /**
   * The {@code PyModuleDef} of {@code module} made ready for CPython to initialise it ({@code
   * PyModuleDef_Init}), for a {@code PyInit_} function to return. GIL held.
   */
  static long initialized(ModuleDef module) {
    return ModuleApi.PyModuleDef_Init(definition(module).address());
  }

  /** The {@code PyModuleDef} of {@code module}, made on first use. */
  public static MemorySegment definition(ModuleDef module) {
    return nativeOf(module).definition();
  }

  private static synchronized Native nativeOf(ModuleDef module) {
    return DEFINITIONS.computeIfAbsent(module.name(), name -> build(module));
  }

  /** A new reference to {@code importlib.machinery.ModuleSpec(name, None)}. */
  private static long spec(String name) {
    try (Arena arena = Arena.ofConfined()) {
      long machinery =
          PythonErrors.nonNull(ImportApi.PyImport_ImportModule(arena.allocateFrom("importlib.machinery").address()));
      long type;
      try {
        type = PythonErrors.nonNull(ObjectApi.PyObject_GetAttrString(machinery, arena.allocateFrom("ModuleSpec").address()));
      } finally {
        ObjectApi.Py_DecRef(machinery);
      }
      try {
        long arguments = PythonErrors.nonNull(ContainerApi.PyTuple_New(2));
        try {
          // PyTuple_SetItem steals the new references.
          PythonErrors.nonNegative(ContainerApi.PyTuple_SetItem(arguments, 0, Strings.toPython(name)));
          ObjectApi.Py_IncRef(ObjectApi.NONE);
          PythonErrors.nonNegative(ContainerApi.PyTuple_SetItem(arguments, 1, ObjectApi.NONE));
          return PythonErrors.nonNull(ObjectApi.PyObject_Call(type, arguments, 0));
        } finally {
          ObjectApi.Py_DecRef(arguments);
        }
      } finally {
        ObjectApi.Py_DecRef(type);
      }
    }
  }

  private static Native build(ModuleDef module) {
    Arena global = Arena.global();
    PythonAbi abi = PythonAbi.current();
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
    StructLayout layout = abi.moduleDef();
    MemorySegment definition = global.allocate(layout).fill((byte) 0);
    // PyModuleDef_HEAD_INIT: the header of a static object, everything else zero.
    MemorySegment.copy(abi.staticObjectHead(), 0, definition, JAVA_BYTE, 0, abi.staticObjectHead().length);
    definition.set(ADDRESS, offset(layout, "m_name"), NativeMemory.permanentCString(module.name()));
    if (module.doc() != null) {
      definition.set(ADDRESS, offset(layout, "m_doc"), NativeMemory.permanentCString(module.doc()));
    }
    definition.set(JAVA_LONG, offset(layout, "m_size"), NO_STATE);
    definition.set(ADDRESS, offset(layout, "m_methods"), methods);
    List<HeapTypes.Spec> types = HeapTypes.specs(module.name(), module.classes());
    Native made =
        new Native(
            definition,
            methods,
            functions.size(),
            List.copyOf(types),
            module.constants(),
            module.name(),
            module.exceptions(),
            module.enums());
    definition.set(ADDRESS, offset(layout, "m_slots"), slots(abi, made));
    return made;
  }

  /** The slots, ended by a zeroed one: exec, then what the running version can declare. */
  private static MemorySegment slots(PythonAbi abi, Native module) {
    List<long[]> slots = new ArrayList<>();
    MemorySegment exec =
        Linker.nativeLinker().upcallStub(EXEC_MODULE.bindTo(module), EXEC, Arena.global());
    slots.add(new long[] {Layouts.MOD_EXEC, exec.address()});
    if (abi.hasMultipleInterpretersSlot()) {
      slots.add(new long[] {Layouts.MOD_MULTIPLE_INTERPRETERS, Layouts.MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED});
    }
    if (abi.hasGilSlot()) {
      slots.add(new long[] {Layouts.MOD_GIL, Layouts.MOD_GIL_NOT_USED});
    }
    MemorySegment array = Arena.global().allocate(Layouts.MODULE_DEF_SLOT, slots.size() + 1L).fill((byte) 0);
    for (int i = 0; i < slots.size(); i++) {
      long base = i * Layouts.MODULE_DEF_SLOT.byteSize();
      array.set(JAVA_INT, base + Layouts.SLOT_ID, (int) slots.get(i)[0]);
      array.set(JAVA_LONG, base + Layouts.SLOT_VALUE, slots.get(i)[1]);
    }
    return array;
  }

  /**
   * The exec slot of every module: puts the functions of the new {@code module} object under the
   * fork guard, makes the iterator type unless this interpreter has it ({@link IteratorType}) and
   * adds its types ({@link HeapTypes}), exception classes ({@link ModuleExceptionTypes}), enum
   * classes ({@link ModuleEnumTypes}) and constants ({@link ModuleConstants}). 0, or -1 with a
   * Python exception set.
   * Never throws.
   */
  private static int exec(Native definition, long module) {
    return UpcallShell.runStatus(
        () -> {
          ForkCutOff.track(module, definition.methods().address(), definition.count());
          // A function may return an iterator even when the module has no types.
          IteratorType.ensure();
          HeapTypes.addAll(module, definition.types());
          ModuleExceptionTypes.addAll(module, definition.name(), definition.exceptions());
          ModuleEnumTypes.addAll(module, definition.name(), definition.enums());
          ModuleConstants.addAll(module, definition.constants());
          return 0;
        });
  }

  private static long offset(StructLayout layout, String field) {
    return layout.byteOffset(groupElement(field));
  }

  private static MethodHandle execModule() {
    try {
      return MethodHandles.lookup()
          .findStatic(
              NativeModules.class, "exec", MethodType.methodType(int.class, Native.class, long.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
