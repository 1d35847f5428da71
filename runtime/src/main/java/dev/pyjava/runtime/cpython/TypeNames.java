package dev.pyjava.runtime.cpython;

import java.util.concurrent.ConcurrentHashMap;

/** {@code type.__name__}, remembered for static types (they live as long as the process). */
final class TypeNames {
  private TypeNames() {}

  private static final ConcurrentHashMap<Long, String> STATIC_TYPES = new ConcurrentHashMap<>();

  private static final long OB_TYPE = PythonAbi.current().obType();

  /** The {@code __name__} of the type at {@code type}. GIL held. */
  static String of(long type) {
    String builtin = builtinName(type);
    if (builtin != null) {
      return builtin;
    }
    String cached = STATIC_TYPES.get(type);
    if (cached != null) {
      return cached;
    }
    String name = Strings.toJavaAndRelease(PythonErrors.nonNull(CApi.PyType_GetName(type)));
    if ((CApi.PyType_GetFlags(type) & Layouts.TPFLAGS_HEAPTYPE) == 0) {
      STATIC_TYPES.put(type, name);
    }
    return name;
  }

  /** The name of the most common builtin types, with no lookup at all. */
  private static String builtinName(long type) {
    if (type == CApi.BOOL_TYPE) {
      return "bool";
    }
    if (type == CApi.LONG_TYPE) {
      return "int";
    }
    if (type == CApi.UNICODE_TYPE) {
      return "str";
    }
    if (type == CApi.FLOAT_TYPE) {
      return "float";
    }
    if (type == CApi.LIST_TYPE) {
      return "list";
    }
    return null;
  }

  /** The type of the object at {@code object}: {@code Py_TYPE(object)}, a borrowed reference. */
  static long typeOf(long object) {
    return NativeMemory.readPointer(object + OB_TYPE);
  }
}
