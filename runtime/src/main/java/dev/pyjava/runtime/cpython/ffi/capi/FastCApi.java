package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Critical ({@link Linker.Option#critical(boolean) critical(false)}) variants of the C-API calls
 * that make an upcall's result, for the per-call fast path.
 *
 * <p>A critical downcall skips the JVM's thread-state transition, so the C function must be
 * short, must not block, and must never call back into Java. These qualify only with the inputs
 * their callers guarantee: they allocate objects the cyclic GC does not track (int, float, str),
 * so no collection and no finalizer can run, and the inputs are valid, so no exception object is
 * made. Every function needs the GIL.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class FastCApi {
  private FastCApi() {}

  private static final Linker LINKER = Linker.nativeLinker();
  private static final Linker.Option CRITICAL = Linker.Option.critical(false);

  private static final MethodHandle PY_LONG_FROM_LONG_LONG =
      critical("PyLong_FromLongLong", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

  private static final MethodHandle PY_FLOAT_FROM_DOUBLE =
      critical("PyFloat_FromDouble", FunctionDescriptor.of(JAVA_LONG, JAVA_DOUBLE));

  private static final MethodHandle PY_UNICODE_FROM_STRING_AND_SIZE =
      critical(
          "PyUnicode_FromStringAndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

  /** A new reference to the int {@code value}; NULL with MemoryError set if out of memory. */
  public static long PyLong_FromLongLong(long value) {
    try {
      return (long) PY_LONG_FROM_LONG_LONG.invokeExact(value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  /** A new reference to the float {@code value}; NULL with MemoryError set if out of memory. */
  public static long PyFloat_FromDouble(double value) {
    try {
      return (long) PY_FLOAT_FROM_DOUBLE.invokeExact(value);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  /**
   * A new reference to the str decoded from {@code size} bytes of <em>valid</em> UTF-8 at {@code
   * utf8} (invalid input would make an exception object, which a critical call must not).
   */
  public static long PyUnicode_FromValidUtf8(long utf8, long size) {
    try {
      return (long) PY_UNICODE_FROM_STRING_AND_SIZE.invokeExact(utf8, size);
    } catch (Throwable t) {
      throw unexpected(t);
    }
  }

  private static MethodHandle critical(String name, FunctionDescriptor descriptor) {
    MemorySegment address =
        LibPython.binding()
            .symbols()
            .find(name)
            .orElseThrow(() -> new IllegalStateException("libpython has no " + name));
    return LINKER.downcallHandle(address, descriptor, CRITICAL);
  }

  private static RuntimeException unexpected(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("downcall into libpython failed", t);
  }
}
