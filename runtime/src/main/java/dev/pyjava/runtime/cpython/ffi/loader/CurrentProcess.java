package dev.pyjava.runtime.cpython.ffi.loader;

import dev.pyjava.runtime.cpython.ffi.libc.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The symbols of the running process, as {@code dlsym(dlopen(NULL, RTLD_NOW), name)} sees them:
 * the executable and every library loaded with global visibility.
 *
 * <p>This is how pyjava finds the C-API inside a running {@code python3}, whether libpython is a
 * shared library or, as in Debian's {@code /usr/bin/python3}, linked into the executable itself.
 * It is also how a libpython that Java loads is found: {@link #loadGlobally} loads it with
 * {@code RTLD_GLOBAL}, because Python's C extension modules (e.g. {@code _ctypes}) are not linked
 * against libpython and fail with "undefined symbol" unless its symbols are global.
 */
final class CurrentProcess {
  private CurrentProcess() {}

  private static final String PROBE_SYMBOL = "Py_IsInitialized";

  /** The process's symbols, or empty when this process has no Python C-API in it. */
  static Optional<SymbolLookup> pythonSymbols() {
    SymbolLookup process = lookup(dlopen(MemorySegment.NULL));
    return process.find(PROBE_SYMBOL).isPresent() ? Optional.of(process) : Optional.empty();
  }

  /**
   * Loads a shared library with global visibility.
   *
   * @throws IllegalStateException with {@code dlerror()}'s text if it cannot be loaded
   */
  static void loadGlobally(Path library) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment handle =
          Libc.dlopen(arena.allocateFrom(library.toString()), Libc.RTLD_NOW | Libc.RTLD_GLOBAL);
      if (handle.equals(MemorySegment.NULL)) {
        throw new IllegalStateException("cannot load " + library + ": " + Libc.dlerror());
      }
    }
  }

  private static MemorySegment dlopen(MemorySegment path) {
    MemorySegment handle = Libc.dlopen(path, Libc.RTLD_NOW);
    if (handle.equals(MemorySegment.NULL)) {
      throw new IllegalStateException("dlopen(NULL) returned NULL");
    }
    return handle;
  }

  private static SymbolLookup lookup(MemorySegment handle) {
    return name -> {
      MemorySegment symbol = Libc.dlsym(handle, name);
      return symbol.equals(MemorySegment.NULL) ? Optional.empty() : Optional.of(symbol);
    };
  }
}
