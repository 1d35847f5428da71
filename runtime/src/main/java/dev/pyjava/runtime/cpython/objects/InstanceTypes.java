package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.TypeApi;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The heap types of pyjava's {@code @PyClass} types by Python name ({@code module.Type}), for
 * converting instances: a parameter takes the Java object of an instance of that type (or a
 * subclass); a result comes back as the Python instance that already holds the Java object, or a
 * new instance of the type. Each registered type is held by a strong reference (a type made again,
 * by a second module object, replaces it). GIL held for every method.
 */
public final class InstanceTypes {
  private InstanceTypes() {}

  private static final ConcurrentHashMap<String, Long> TYPES = new ConcurrentHashMap<>();

  /** Records {@code type} as the type named {@code pythonName}. */
  public static void register(String pythonName, long type) {
    ObjectApi.Py_IncRef(type);
    Long previous = TYPES.put(pythonName, type);
    if (previous != null) {
      ObjectApi.Py_DecRef(previous);
    }
  }

  /**
   * The Java object of the instance at {@code object} if it is an instance of the type named
   * {@code pythonName} (or of a subclass), else {@code notOne}.
   *
   * @throws dev.pyjava.runtime.exceptions.PyTypeError when it is one that holds no Java object
   */
  public static Object javaObject(long object, String pythonName, Object notOne) {
    Long type = TYPES.get(pythonName);
    if (type == null || ObjectApi.PyType_IsSubtype(TypeNames.typeOf(object), type) == 0) {
      return notOne;
    }
    return JavaInstances.of(object);
  }

  /** Whether {@code object} is an instance of the type named {@code pythonName} or a subclass. */
  public static boolean isInstance(long object, String pythonName) {
    Long type = TYPES.get(pythonName);
    return type != null && ObjectApi.PyType_IsSubtype(TypeNames.typeOf(object), type) != 0;
  }

  /**
   * A new reference to the Python instance of {@code javaObject}: the one that holds it, or a new
   * instance of the type named {@code pythonName}; NULL with a Python exception set if none could
   * be made.
   */
  public static long newReference(Object javaObject, String pythonName) {
    long held = JavaInstances.instanceOf(javaObject);
    if (held != 0) {
      return held;
    }
    Long type = TYPES.get(pythonName);
    if (type == null) {
      throw new IllegalStateException("no type " + pythonName + " was made in this interpreter");
    }
    long instance = PythonErrors.nonNull(TypeApi.PyType_GenericAlloc(type, 0));
    JavaInstances.attach(instance, javaObject);
    return instance;
  }
}
