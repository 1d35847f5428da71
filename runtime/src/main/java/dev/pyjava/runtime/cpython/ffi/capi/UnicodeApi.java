package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code unicodeobject.h}: str. Pointers are {@code long} addresses; each method says
 * whether a result is a new or a borrowed reference. Every function needs the GIL. Bound as {@link
 * Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class UnicodeApi {
  private UnicodeApi() {}

  /** {@code &PyUnicode_Type}. */
  public static final long UNICODE_TYPE = Bindings.symbol("PyUnicode_Type");

  private static final class PyUnicodeAsUTF8AndSize {
    static final MethodHandle HANDLE = Bindings.function("PyUnicode_AsUTF8AndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** The UTF-8 bytes of a str, owned by it; NULL with UnicodeEncodeError for lone surrogates. */
  public static long PyUnicode_AsUTF8AndSize(long o, long sizeOut) {
    try {
      return (long) PyUnicodeAsUTF8AndSize.HANDLE.invokeExact(o, sizeOut);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyUnicodeFromStringAndSize {
    static final MethodHandle HANDLE = Bindings.function("PyUnicode_FromStringAndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** A str from UTF-8; new reference. */
  public static long PyUnicode_FromStringAndSize(long utf8, long size) {
    try {
      return (long) PyUnicodeFromStringAndSize.HANDLE.invokeExact(utf8, size);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyUnicodeAsEncodedString {
    static final MethodHandle HANDLE = Bindings.function("PyUnicode_AsEncodedString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code o.encode(encoding, errors)}; new reference. */
  public static long PyUnicode_AsEncodedString(long o, long encoding, long errors) {
    try {
      return (long) PyUnicodeAsEncodedString.HANDLE.invokeExact(o, encoding, errors);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyUnicodeJoin {
    static final MethodHandle HANDLE = Bindings.function("PyUnicode_Join", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code separator.join(items)}; new reference. */
  public static long PyUnicode_Join(long separator, long items) {
    try {
      return (long) PyUnicodeJoin.HANDLE.invokeExact(separator, items);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyUnicodeDecodeUTF16 {
    static final MethodHandle HANDLE = Bindings.function("PyUnicode_DecodeUTF16", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** A str from UTF-16; new reference. */
  public static long PyUnicode_DecodeUTF16(long data, long size, long errors, long byteOrder) {
    try {
      return (long) PyUnicodeDecodeUTF16.HANDLE.invokeExact(data, size, errors, byteOrder);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyUnicodeFromValidUtf8 {
    static final MethodHandle HANDLE =
        Bindings.function(
            "PyUnicode_FromStringAndSize",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG),
            Bindings.CRITICAL);
  }

  /**
   * {@link #PyUnicode_FromStringAndSize} of <em>valid</em> UTF-8, linked critical for the per-call
   * fast path: a str is not tracked by the cyclic GC, and valid input makes no exception object
   * (invalid input would, which a critical call must not).
   */
  public static long PyUnicode_FromValidUtf8(long utf8, long size) {
    try {
      return (long) PyUnicodeFromValidUtf8.HANDLE.invokeExact(utf8, size);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
