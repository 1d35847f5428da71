package dev.pyjava.runtime.cpython.ffi;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * Makes the downcall handles of every native binding (libpython's C-API, the C library), and
 * turns what a handle throws into the one failure its callers report.
 */
public final class Downcalls {
  private Downcalls() {}

  private static final Linker LINKER = Linker.nativeLinker();

  /**
   * A downcall handle for the function {@code name} of {@code symbols}.
   *
   * @throws IllegalStateException saying {@code "<library> has no <name>"} when it is missing
   */
  public static MethodHandle bind(
      SymbolLookup symbols,
      String library,
      String name,
      FunctionDescriptor descriptor,
      Linker.Option... options) {
    return link(symbols, name, library + " has no " + name, descriptor, options);
  }

  /**
   * A downcall handle for the C library's function {@code name}.
   *
   * @throws IllegalStateException saying {@code "the C library has no <name>()"} when it is missing
   */
  public static MethodHandle libc(
      String name, FunctionDescriptor descriptor, Linker.Option... options) {
    return link(
        LINKER.defaultLookup(), name, "the C library has no " + name + "()", descriptor, options);
  }

  private static MethodHandle link(
      SymbolLookup symbols,
      String name,
      String missing,
      FunctionDescriptor descriptor,
      Linker.Option... options) {
    MemorySegment address =
        symbols.find(name).orElseThrow(() -> new IllegalStateException(missing));
    return LINKER.downcallHandle(address, descriptor, options);
  }

  /**
   * What to throw when calling a downcall handle threw {@code t}: an unchecked throwable as it
   * is, anything else (which a downcall never throws) wrapped, saying that {@code what} failed.
   */
  public static RuntimeException failure(String what, Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(what + " failed", t);
  }
}
