package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.def.ModuleDef;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A module's {@code PyObject* PyInit_<name>(void)} for {@code PyImport_AppendInittab}: Python
 * calls it on the first {@code import name}. The module is looked up then, so a name two
 * providers define fails as that import's {@code ImportError}, not at startup.
 */
final class ModuleInitFunction {
  private static final MethodHandle CREATE;

  static {
    try {
      CREATE =
          MethodHandles.lookup()
              .findStatic(
                  ModuleInitFunction.class, "create", MethodType.methodType(long.class, String.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ModuleInitFunction() {}

  /** A permanent C function pointer that creates the module named {@code name}. */
  static MemorySegment stub(String name) {
    return Linker.nativeLinker()
        .upcallStub(CREATE.bindTo(name), FunctionDescriptor.of(JAVA_LONG), Arena.global());
  }

  /**
   * The module's definition, which CPython then initialises (multi-phase), or NULL with an
   * exception set. Never throws.
   */
  private static long create(String name) {
    try {
      if (ForkGuard.isForkedChild()) {
        return ForkGuard.refuse();
      }
      ModuleDef module = KnownModules.find(name);
      if (module == null) {
        throw new IllegalStateException("pyjava module " + name + " disappeared");
      }
      return NativeModules.initialized(module);
    } catch (Throwable failure) {
      try {
        return LastResort.fail(failure);
      } catch (Throwable ignored) {
        return 0;
      }
    }
  }
}
