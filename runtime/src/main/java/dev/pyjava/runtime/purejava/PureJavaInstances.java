package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.TypeSpec;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code @PyClass} types of one backend by Python name and by Java class, and the instance of
 * each Java object, so that the same Java object comes back to Python as the same instance while
 * that instance is alive, else as a new instance of the type of its nearest class that has one.
 * Converts values of {@link TypeSpec.Kind#INSTANCE} both ways and results of the lazy kinds
 * ({@link TypeSpec#isLazy()}), and leaves every other kind to {@link Conversions} (which comes back
 * here, through the backend, for instances inside containers). Guarded by the interpreter lock.
 *
 * <p>The instance holds its Java object; this table holds the instance weakly, and forgets the
 * entry once the instance is collected (the Java object may live on in Java code; coming back, it
 * gets a new instance).
 */
final class PureJavaInstances {
  private final PureJavaBackend backend;
  private final Map<String, PureJavaType> types = new HashMap<>();
  private final Map<Class<?>, PureJavaType> typesByClass = new HashMap<>();
  private final Map<Object, InstanceReference> instances = new IdentityHashMap<>();
  private final ReferenceQueue<PureJavaInstance> collected = new ReferenceQueue<>();

  PureJavaInstances(PureJavaBackend backend) {
    this.backend = backend;
  }

  /** A weak reference to an instance that remembers its Java object, to drop its entry. */
  private static final class InstanceReference extends WeakReference<PureJavaInstance> {
    final Object javaObject;

    InstanceReference(PureJavaInstance instance, ReferenceQueue<PureJavaInstance> queue) {
      super(instance, queue);
      this.javaObject = instance.javaObject();
    }
  }

  /** Records {@code type} under its Python name ({@code module.Type}) and its Java class. */
  void register(PureJavaType type) {
    types.put(type.pythonName(), type);
    typesByClass.put(type.javaClass(), type);
  }

  /** A new instance of {@code type} holding {@code javaObject}, recorded as its instance. */
  PureJavaInstance wrap(PureJavaType type, Object javaObject) {
    forgetCollected();
    PureJavaInstance instance = new PureJavaInstance(backend, type, javaObject);
    instances.put(javaObject, new InstanceReference(instance, collected));
    return instance;
  }

  /** How many Java objects have a live instance, as far as the garbage collector has told. */
  int count() {
    forgetCollected();
    return instances.size();
  }

  /**
   * An argument as its parameter's Java value: the Java object of an instance of the parameter's
   * type (or of a subtype), else what {@link Conversions#toJava} makes of it.
   */
  Object toJava(PyObject value, TypeSpec type, FunctionDef f, Parameter p) {
    if (type.kind() == TypeSpec.Kind.INSTANCE) {
      Object javaObject = javaObject(value, type.instanceName());
      if (javaObject != null) {
        return javaObject;
      }
    }
    return Conversions.toJava(value, type, f, p);
  }

  /**
   * The Java object of {@code value} if it is an instance of the type named {@code pythonName}
   * ({@code module.Type}) or of a subtype, else {@code null}.
   */
  Object javaObject(PyObject value, String pythonName) {
    if (value instanceof PureJavaInstance instance
        && instance.pythonType().isSubtypeOf(types.get(pythonName))) {
      return instance.javaObject();
    }
    return null;
  }

  /**
   * A Java result as a Python object: for an instance type, the live instance holding it or a new
   * one; for an iterator, a {@link PureJavaIterator}; anything else as {@link Conversions#fromJava}
   * makes it.
   */
  PyObject toPython(TypeSpec type, Object value) {
    if (value == null) {
      return Conversions.fromJava(backend.token(), type, value);
    }
    return switch (type.kind()) {
      case INSTANCE -> instance(value, type.instanceName());
      case ITERATOR -> new PureJavaIterator(backend, (Iterator<?>) value, null, type.element());
      case ITERABLE ->
          new PureJavaIterator(backend, ((Iterable<?>) value).iterator(), null, type.element());
      case STREAM -> {
        Stream<?> stream = (Stream<?>) value;
        yield new PureJavaIterator(backend, stream.iterator(), stream, type.element());
      }
      default -> Conversions.fromJava(backend.token(), type, value);
    };
  }

  /**
   * The instance of {@code javaObject}, declared as the type named {@code pythonName}: the live
   * instance holding it, or a new instance of the type of its class or of its nearest superclass
   * that has one (at least the declared type).
   */
  PyObject instance(Object javaObject, String pythonName) {
    forgetCollected();
    InstanceReference held = instances.get(javaObject);
    PureJavaInstance instance = held == null ? null : held.get();
    if (instance != null) {
      return instance;
    }
    PureJavaType type = null;
    for (Class<?> c = javaObject.getClass(); type == null && c != null; c = c.getSuperclass()) {
      type = typesByClass.get(c);
    }
    if (type == null) {
      type = types.get(pythonName);
    }
    if (type == null) {
      throw new IllegalStateException("no type " + pythonName + " was imported");
    }
    return wrap(type, javaObject);
  }

  private void forgetCollected() {
    for (var gone = collected.poll(); gone != null; gone = collected.poll()) {
      InstanceReference reference = (InstanceReference) gone;
      instances.remove(reference.javaObject, reference);
    }
  }
}
