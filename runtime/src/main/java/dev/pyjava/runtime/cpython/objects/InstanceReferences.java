package dev.pyjava.runtime.cpython.objects;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.TypeApi;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi.IdentityReferences;
import java.lang.invoke.VarHandle;

/**
 * New references to the instances of pyjava's identity map, which does not own them: on a
 * free-threaded build another thread may be dropping an instance's last reference while the map
 * still lists it, so the reference is taken only if the count has not reached zero. Each build
 * does it as {@link PythonAbi#identityReferences()} says. Attached thread state (GIL) held; the
 * instance's memory must still be valid (its {@code tp_dealloc} has not left the map yet).
 */
final class InstanceReferences {
  private InstanceReferences() {}

  private static final IdentityReferences MODE = PythonAbi.current().identityReferences();
  private static final long OB_REF_SHARED =
      MODE == IdentityReferences.SHARED_COMPARE_AND_SWAP ? PythonAbi.current().obRefShared() : 0;

  /** {@code _Py_REF_MAYBE_WEAKREF}, {@code _Py_REF_MERGED}: flags in the low two bits. */
  private static final long MAYBE_WEAKREF = 0x1;

  private static final long MERGED = 0x3;
  private static final long FLAGS = 0x3;

  /** {@code 1 << _Py_REF_SHARED_SHIFT}: one reference in {@code ob_ref_shared}. */
  private static final long ONE_SHARED = 1L << 2;

  private static final VarHandle LONG = JAVA_LONG.varHandle();

  /** Readies a new {@code instance} for {@link #tryNewReference}, before the map lists it. */
  static void prepare(long instance) {
    switch (MODE) {
      case PLAIN -> {}
      case C_API -> TypeApi.PyUnstable_EnableTryIncRef(instance);
      case SHARED_COMPARE_AND_SWAP -> {
        long address = instance + OB_REF_SHARED;
        while (true) {
          long shared = (long) LONG.getVolatile(NativeMemory.EVERYTHING, address);
          if ((shared & FLAGS) != 0
              || LONG.compareAndSet(
                  NativeMemory.EVERYTHING, address, shared, shared | MAYBE_WEAKREF)) {
            return;
          }
        }
      }
    }
  }

  /** Adds a reference to {@code instance} unless it is being freed; whether it did. */
  static boolean tryNewReference(long instance) {
    return switch (MODE) {
      case PLAIN -> {
        ObjectApi.Py_IncRef(instance);
        yield true;
      }
      case C_API -> TypeApi.PyUnstable_TryIncRef(instance);
      case SHARED_COMPARE_AND_SWAP -> tryAddShared(instance + OB_REF_SHARED);
    };
  }

  /** CPython's {@code _Py_TryIncRefShared} on the {@code ob_ref_shared} at {@code address}. */
  private static boolean tryAddShared(long address) {
    while (true) {
      long shared = (long) LONG.getVolatile(NativeMemory.EVERYTHING, address);
      if (shared == 0 || shared == MERGED) {
        return false;
      }
      if (LONG.compareAndSet(NativeMemory.EVERYTHING, address, shared, shared + ONE_SHARED)) {
        return true;
      }
    }
  }
}
