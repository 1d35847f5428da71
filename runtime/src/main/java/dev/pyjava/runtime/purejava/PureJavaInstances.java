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
import java.util.Map;

/**
 * The {@code @PyClass} types of one backend by Python name, and the instance of each Java object,
 * so that the same Java object comes back to Python as the same instance while that instance is
 * alive. Converts values of {@link TypeSpec.Kind#INSTANCE} both ways and leaves every other kind to
 * {@link Conversions}. Guarded by the interpreter lock.
 *
 * <p>The instance holds its Java object; this table holds the instance weakly, and forgets the
 * entry once the instance is collected (the Java object may live on in Java code; coming back, it
 * gets a new instance).
 */
final class PureJavaInstances {
  private final PureJavaBackend backend;
  private final Map<String, PureJavaType> types = new HashMap<>();
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

  /** Records {@code type} under its Python name ({@code module.Type}). */
  void register(PureJavaType type) {
    types.put(type.pythonName(), type);
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
    if (type.kind() == TypeSpec.Kind.INSTANCE
        && value instanceof PureJavaInstance instance
        && instance.pythonType().isSubtypeOf(types.get(type.instanceName()))) {
      return instance.javaObject();
    }
    return Conversions.toJava(value, type, f, p);
  }

  /**
   * A Java result as a Python object: for an instance type, the live instance holding it or a new
   * one; anything else as {@link Conversions#fromJava} makes it.
   */
  PyObject toPython(TypeSpec type, Object value) {
    if (type.kind() != TypeSpec.Kind.INSTANCE || value == null) {
      return Conversions.fromJava(backend.token(), type, value);
    }
    forgetCollected();
    InstanceReference held = instances.get(value);
    PureJavaInstance instance = held == null ? null : held.get();
    if (instance != null) {
      return instance;
    }
    PureJavaType instanceType = types.get(type.instanceName());
    if (instanceType == null) {
      throw new IllegalStateException("no type " + type.instanceName() + " was imported");
    }
    return wrap(instanceType, value);
  }

  private void forgetCollected() {
    for (var gone = collected.poll(); gone != null; gone = collected.poll()) {
      InstanceReference reference = (InstanceReference) gone;
      instances.remove(reference.javaObject, reference);
    }
  }
}
