package dev.pyjava.runtime.cpython.ffi.loader;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
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

  private static final int RTLD_NOW = 0x2;
  private static final int RTLD_GLOBAL = 0x100;
  private static final String PROBE_SYMBOL = "Py_IsInitialized";

  private static final Linker LINKER = Linker.nativeLinker();
  private static final MethodHandle DLOPEN =
      libcFunction("dlopen", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
  private static final MethodHandle DLSYM =
      libcFunction("dlsym", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));

  /** Linked only when a library fails to load. */
  private static final class DlError {
    static final MethodHandle HANDLE = libcFunction("dlerror", FunctionDescriptor.of(ADDRESS));
  }

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
          (MemorySegment) DLOPEN.invokeExact(arena.allocateFrom(library.toString()), RTLD_NOW | RTLD_GLOBAL);
      if (handle.equals(MemorySegment.NULL)) {
        MemorySegment error = (MemorySegment) DlError.HANDLE.invokeExact();
        String reason = error.equals(MemorySegment.NULL) ? "unknown error" : error.reinterpret(Long.MAX_VALUE).getString(0);
        throw new IllegalStateException("cannot load " + library + ": " + reason);
      }
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("dlopen(" + library + ") failed", t);
    }
  }

  private static MemorySegment dlopen(MemorySegment path) {
    try {
      MemorySegment handle = (MemorySegment) DLOPEN.invokeExact(path, RTLD_NOW);
      if (handle.equals(MemorySegment.NULL)) {
        throw new IllegalStateException("dlopen(NULL) returned NULL");
      }
      return handle;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("dlopen(NULL) failed", t);
    }
  }

  private static SymbolLookup lookup(MemorySegment handle) {
    return name -> {
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment symbol = (MemorySegment) DLSYM.invokeExact(handle, arena.allocateFrom(name));
        return symbol.equals(MemorySegment.NULL) ? Optional.empty() : Optional.of(symbol);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException("dlsym(" + name + ") failed", t);
      }
    };
  }

  private static MethodHandle libcFunction(String name, FunctionDescriptor descriptor) {
    Optional<MemorySegment> symbol = LINKER.defaultLookup().find(name);
    if (symbol.isEmpty()) {
      throw new IllegalStateException("the C library has no " + name + "()");
    }
    return LINKER.downcallHandle(symbol.get(), descriptor);
  }
}
