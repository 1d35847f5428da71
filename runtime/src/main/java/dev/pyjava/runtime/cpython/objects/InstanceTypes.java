package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.TypeApi;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The heap types of pyjava's {@code @PyClass} types by Python name ({@code module.Type}) and by
 * Java class, for converting instances: a parameter takes the Java object of an instance of that
 * type (or a subclass); a result comes back as the Python instance that already holds the Java
 * object, or a new instance of the most derived type: that of the object's class, or of its
 * nearest superclass that has one. Each registered type is held by a strong reference (a type
 * made again, by a second module object, replaces it). GIL held for every method.
 */
public final class InstanceTypes {
  private InstanceTypes() {}

  private static final ConcurrentHashMap<String, Long> TYPES = new ConcurrentHashMap<>();

  /** The same types by Java class; each entry shares the reference {@link #TYPES} holds. */
  private static final ConcurrentHashMap<Class<?>, Long> BY_CLASS = new ConcurrentHashMap<>();

  /** Records {@code type} as the type named {@code pythonName}, of Java class {@code javaClass}. */
  public static void register(String pythonName, Class<?> javaClass, long type) {
    ObjectApi.Py_IncRef(type);
    BY_CLASS.put(javaClass, type);
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
   * instance of the type of its class, or of its nearest superclass that has one (at least the
   * type named {@code pythonName}, which the value was declared as).
   *
   * @throws dev.pyjava.runtime.exceptions.PyException when no instance could be made
   */
  public static long newReference(Object javaObject, String pythonName) {
    long held = JavaInstances.instanceOf(javaObject);
    if (held != 0) {
      return held;
    }
    Long type = null;
    for (Class<?> c = javaObject.getClass(); type == null && c != null; c = c.getSuperclass()) {
      type = BY_CLASS.get(c);
    }
    if (type == null) {
      throw new IllegalStateException("no type " + pythonName + " was made in this interpreter");
    }
    long instance = PythonErrors.nonNull(TypeApi.PyType_GenericAlloc(type, 0));
    JavaInstances.attach(instance, javaObject);
    return instance;
  }
}
