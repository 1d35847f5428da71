package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The C-API of {@code bytesobject.h}, {@code tupleobject.h}, {@code listobject.h}, {@code
 * dictobject.h}: bytes, tuple, list and dict. Pointers are {@code long} addresses; each method
 * says whether a result is a new or a borrowed reference. Every function needs the GIL. Bound as
 * {@link Bindings} says.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class ContainerApi {
  private ContainerApi() {}

  /** {@code &PyBytes_Type}. */
  public static final long BYTES_TYPE = Bindings.symbol("PyBytes_Type");

  /** {@code &PyList_Type}. */
  public static final long LIST_TYPE = Bindings.symbol("PyList_Type");

  /** {@code &PyTuple_Type}. */
  public static final long TUPLE_TYPE = Bindings.symbol("PyTuple_Type");

  /** {@code &PyDict_Type}. */
  public static final long DICT_TYPE = Bindings.symbol("PyDict_Type");

  private static final class PyBytesFromStringAndSize {
    static final MethodHandle HANDLE = Bindings.function("PyBytes_FromStringAndSize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** A bytes copied from memory; new reference. */
  public static long PyBytes_FromStringAndSize(long data, long size) {
    try {
      return (long) PyBytesFromStringAndSize.HANDLE.invokeExact(data, size);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyBytesAsString {
    static final MethodHandle HANDLE = Bindings.function("PyBytes_AsString", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** The bytes' buffer, owned by it. */
  public static long PyBytes_AsString(long o) {
    try {
      return (long) PyBytesAsString.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyBytesSize {
    static final MethodHandle HANDLE = Bindings.function("PyBytes_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code len(o)} of a bytes. */
  public static long PyBytes_Size(long o) {
    try {
      return (long) PyBytesSize.HANDLE.invokeExact(o);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyListNew {
    static final MethodHandle HANDLE = Bindings.function("PyList_New", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** A list of {@code size} NULL slots; new reference. */
  public static long PyList_New(long size) {
    try {
      return (long) PyListNew.HANDLE.invokeExact(size);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyListSize {
    static final MethodHandle HANDLE = Bindings.function("PyList_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Bindings.CRITICAL);
  }

  /** {@code len(list)}. */
  public static long PyList_Size(long list) {
    try {
      return (long) PyListSize.HANDLE.invokeExact(list);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyListSetItem {
    static final MethodHandle HANDLE = Bindings.function("PyList_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Sets a slot, stealing the reference to {@code item}. */
  public static int PyList_SetItem(long list, long index, long item) {
    try {
      return (int) PyListSetItem.HANDLE.invokeExact(list, index, item);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyListAppend {
    static final MethodHandle HANDLE = Bindings.function("PyList_Append", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  /** {@code list.append(item)}. */
  public static int PyList_Append(long list, long item) {
    try {
      return (int) PyListAppend.HANDLE.invokeExact(list, item);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTupleNew {
    static final MethodHandle HANDLE = Bindings.function("PyTuple_New", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** A tuple of {@code size} NULL slots; new reference. */
  public static long PyTuple_New(long size) {
    try {
      return (long) PyTupleNew.HANDLE.invokeExact(size);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTupleSize {
    static final MethodHandle HANDLE = Bindings.function("PyTuple_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Bindings.CRITICAL);
  }

  /** {@code len(tuple)}. */
  public static long PyTuple_Size(long tuple) {
    try {
      return (long) PyTupleSize.HANDLE.invokeExact(tuple);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTupleGetItem {
    static final MethodHandle HANDLE = Bindings.function("PyTuple_GetItem", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG), Bindings.CRITICAL);
  }

  /** {@code tuple[index]}; borrowed reference. */
  public static long PyTuple_GetItem(long tuple, long index) {
    try {
      return (long) PyTupleGetItem.HANDLE.invokeExact(tuple, index);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyTupleSetItem {
    static final MethodHandle HANDLE = Bindings.function("PyTuple_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** Fills a slot, stealing the reference to {@code item}. */
  public static int PyTuple_SetItem(long tuple, long index, long item) {
    try {
      return (int) PyTupleSetItem.HANDLE.invokeExact(tuple, index, item);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyDictNew {
    static final MethodHandle HANDLE = Bindings.function("PyDict_New", FunctionDescriptor.of(JAVA_LONG));
  }

  /** An empty dict; new reference. */
  public static long PyDict_New() {
    try {
      return (long) PyDictNew.HANDLE.invokeExact();
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyDictSize {
    static final MethodHandle HANDLE = Bindings.function("PyDict_Size", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG), Bindings.CRITICAL);
  }

  /** {@code len(dict)}. */
  public static long PyDict_Size(long dict) {
    try {
      return (long) PyDictSize.HANDLE.invokeExact(dict);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyDictGetItemWithError {
    static final MethodHandle HANDLE = Bindings.function("PyDict_GetItemWithError", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code dict.get(key)}; borrowed, NULL when absent or on error. */
  public static long PyDict_GetItemWithError(long dict, long key) {
    try {
      return (long) PyDictGetItemWithError.HANDLE.invokeExact(dict, key);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyDictSetItem {
    static final MethodHandle HANDLE = Bindings.function("PyDict_SetItem", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code dict[key] = value}. */
  public static int PyDict_SetItem(long dict, long key, long value) {
    try {
      return (int) PyDictSetItem.HANDLE.invokeExact(dict, key, value);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyDictSetItemString {
    static final MethodHandle HANDLE = Bindings.function("PyDict_SetItemString", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
  }

  /** {@code dict[key] = value} with a C string key. */
  public static int PyDict_SetItemString(long dict, long key, long value) {
    try {
      return (int) PyDictSetItemString.HANDLE.invokeExact(dict, key, value);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }

  private static final class PyDictKeys {
    static final MethodHandle HANDLE = Bindings.function("PyDict_Keys", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** {@code list(dict.keys())}; new reference. */
  public static long PyDict_Keys(long dict) {
    try {
      return (long) PyDictKeys.HANDLE.invokeExact(dict);
    } catch (Throwable t) {
      throw Bindings.failure(t);
    }
  }
}
