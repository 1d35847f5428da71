package dev.pyjava.runtime.cpython.ffi;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Makes the downcall handles of every native binding (libpython's C-API, the C library), and
 * turns what a handle throws into the one failure its callers report.
 */
public final class Downcalls {
  private Downcalls() {}

  private static final Linker LINKER = Linker.nativeLinker();

  /** A downcall handle for the function {@code name} of {@code symbols}; empty when it has none. */
  public static Optional<MethodHandle> find(
      SymbolLookup symbols, String name, FunctionDescriptor descriptor, Linker.Option... options) {
    return symbols.find(name).map(address -> LINKER.downcallHandle(address, descriptor, options));
  }

  /**
   * A downcall handle for the C library's function {@code name}.
   *
   * @throws IllegalStateException saying {@code "the C library has no <name>()"} when it is missing
   */
  public static MethodHandle libc(
      String name, FunctionDescriptor descriptor, Linker.Option... options) {
    return find(LINKER.defaultLookup(), name, descriptor, options)
        .orElseThrow(() -> new IllegalStateException("the C library has no " + name + "()"));
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
