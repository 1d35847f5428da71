package dev.pyjava.runtime.cpython.ffi.capi;

import dev.pyjava.runtime.cpython.ffi.Downcalls;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.layout.PythonVersion;
import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.Linker;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * How the C-API classes bind libpython: a downcall handle per function, made in a holder class of
 * its own, so it is linked the first time its function is called (creating a handle spins
 * classes, and start-up needs only a few). Once linked, a handle is a {@code static final}
 * constant like any other, so calls cost the same as with eagerly created handles.
 *
 * <p>A function the bound libpython lacks, or that its version has not (yet, or any more), gets a
 * handle that throws {@link IllegalStateException} saying so each time it is called: nothing fails
 * before the function is used.
 *
 * <p>Touching these classes before libpython is bound fails: entry points bind first. Only tiny
 * functions that never block nor call back into Python are linked {@link #CRITICAL}.
 */
final class Bindings {
  private Bindings() {}

  /** For functions that are short, never block and never call back into Java. */
  static final Linker.Option CRITICAL = Linker.Option.critical(false);

  private static final LibPython.Binding BINDING = LibPython.binding();
  private static final SymbolLookup SYMBOLS = BINDING.symbols();

  private static final MethodHandle NEW_UNAVAILABLE;

  static {
    try {
      NEW_UNAVAILABLE =
          MethodHandles.lookup()
              .findConstructor(
                  IllegalStateException.class, MethodType.methodType(void.class, String.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Where the bound libpython came from, for messages. */
  static String origin() {
    return BINDING.origin();
  }

  /** A function every supported CPython has (3.11 and newer). */
  static MethodHandle function(
      String name, FunctionDescriptor descriptor, Linker.Option... options) {
    return Downcalls.find(SYMBOLS, name, descriptor, options)
        .orElseGet(
            () ->
                unavailable(
                    descriptor,
                    "libpython (" + origin() + ") has no " + name
                        + ": pyjava needs CPython 3.11 or newer"));
  }

  /** A function CPython has from {@code major.minor} on. */
  static MethodHandle since(
      int major, int minor, String name, FunctionDescriptor descriptor, Linker.Option... options) {
    PythonVersion running = PythonVersion.running();
    if (!running.atLeast(major, minor)) {
      return unavailable(
          descriptor,
          name + " is in CPython " + major + "." + minor + " and newer, not in " + running + " ("
              + origin() + ")");
    }
    return function(name, descriptor, options);
  }

  /** A function CPython has before {@code major.minor}, which removed it. */
  static MethodHandle until(
      int major, int minor, String name, FunctionDescriptor descriptor, Linker.Option... options) {
    PythonVersion running = PythonVersion.running();
    if (running.atLeast(major, minor)) {
      return unavailable(
          descriptor,
          name + " is in CPython before " + major + "." + minor + ", not in " + running + " ("
              + origin() + ")");
    }
    return function(name, descriptor, options);
  }

  /** The address of the variable or function {@code name}. */
  static long symbol(String name) {
    return SYMBOLS
        .find(name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "libpython (" + origin() + ") has no " + name
                        + ": pyjava needs CPython 3.11 or newer"))
        .address();
  }

  /** The pointer a variable such as {@code PyExc_TypeError} holds, or 0 when there is none. */
  static long optionalPointerVariable(String name) {
    return SYMBOLS.find(name).map(v -> NativeMemory.readPointer(v.address())).orElse(0L);
  }

  /** What to throw when a C-API downcall threw {@code t}. */
  static RuntimeException failure(Throwable t) {
    return Downcalls.failure("downcall into libpython", t);
  }

  /**
   * A handle with the type of a downcall handle for {@code descriptor} that throws {@code
   * IllegalStateException(message)} each time it is called.
   */
  private static MethodHandle unavailable(FunctionDescriptor descriptor, String message) {
    MethodType type = descriptor.toMethodType();
    if (descriptor.returnLayout().map(GroupLayout.class::isInstance).orElse(false)) {
      type = type.insertParameterTypes(0, SegmentAllocator.class);
    }
    MethodHandle thrower =
        MethodHandles.collectArguments(
            MethodHandles.throwException(type.returnType(), IllegalStateException.class),
            0,
            NEW_UNAVAILABLE.bindTo(message));
    return MethodHandles.dropArguments(thrower, 0, type.parameterList());
  }
}
