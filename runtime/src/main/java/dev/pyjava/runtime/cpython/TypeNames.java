package dev.pyjava.runtime.cpython;

import java.util.concurrent.ConcurrentHashMap;

/** {@code type.__name__}, remembered for static types (they live as long as the process). */
final class TypeNames {
  private TypeNames() {}

  private static final ConcurrentHashMap<Long, String> STATIC_TYPES = new ConcurrentHashMap<>();

  /** The {@code __name__} of the type at {@code type}. GIL held. */
  static String of(long type) {
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

  /** The type of the object at {@code object}: {@code Py_TYPE(object)}, a borrowed reference. */
  static long typeOf(long object) {
    return NativeMemory.readPointer(object + Layouts.OB_TYPE);
  }
}
