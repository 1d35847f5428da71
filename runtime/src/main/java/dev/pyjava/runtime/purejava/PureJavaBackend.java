package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.Backend;
import dev.pyjava.runtime.ModuleRegistry;
import dev.pyjava.runtime.PyBytes;
import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyFloat;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.PyStr;
import dev.pyjava.runtime.PyTuple;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.callbacks.CallbackProxies;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyModuleNotFoundError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The pure-Java backend: a fair re-entrant lock standing in for the GIL, and Java objects with
 * Python's behaviour. It runs pyjava modules without CPython: for tests, the demo, and any JVM
 * that calls pyjava functions directly.
 */
public final class PureJavaBackend implements Backend {
  private static final int SMALL_INT_MIN = -5;
  private static final int SMALL_INT_MAX = 256;

  private final PureJavaLock lock = new PureJavaLock();
  private final Python token = new Python(this);
  private final ModuleRegistry modules;
  private final PureJavaNone none = new PureJavaNone(this);
  private final PureJavaBool falseObject = new PureJavaBool(this, false);
  private final PureJavaBool trueObject = new PureJavaBool(this, true);
  private final PureJavaInt[] smallInts = new PureJavaInt[SMALL_INT_MAX - SMALL_INT_MIN + 1];
  private final PureJavaInstances instances = new PureJavaInstances(this);

  /** {@code sys.modules}; guarded by the interpreter lock. */
  private final Map<String, PureJavaModule> imported = new HashMap<>();

  /** Containers whose repr is being built, to print {@code [...]} for cycles; lock-guarded. */
  private final Set<PureJavaObject> inRepr = Collections.newSetFromMap(new IdentityHashMap<>());

  /** A backend that imports the modules on the class path. */
  public PureJavaBackend() {
    this(ModuleRegistry.discovered());
  }

  /** A backend that imports the given modules. */
  public PureJavaBackend(ModuleRegistry modules) {
    this.modules = modules;
    for (int i = 0; i < smallInts.length; i++) {
      smallInts[i] = new PureJavaInt(this, SMALL_INT_MIN + i);
    }
  }

  @Override
  public String name() {
    return "purejava";
  }

  @Override
  public PureJavaLock lock() {
    return lock;
  }

  @Override
  public Python token() {
    return token;
  }

  @Override
  public PyObject none() {
    checkLock();
    return none;
  }

  @Override
  public PyObject bool(boolean value) {
    checkLock();
    return value ? trueObject : falseObject;
  }

  @Override
  public PyLong integer(long value) {
    checkLock();
    if (value >= SMALL_INT_MIN && value <= SMALL_INT_MAX) {
      return smallInts[(int) value - SMALL_INT_MIN];
    }
    return new PureJavaInt(this, value);
  }

  @Override
  public PyLong bigInteger(BigInteger value) {
    checkLock();
    return new PureJavaInt(this, value);
  }

  @Override
  public PyFloat floating(double value) {
    checkLock();
    return new PureJavaFloat(this, value);
  }

  @Override
  public PyStr str(String value) {
    checkLock();
    return new PureJavaStr(this, value);
  }

  @Override
  public PyBytes bytes(byte[] value) {
    checkLock();
    return new PureJavaBytes(this, value);
  }

  @Override
  public PyList list(List<? extends PyObject> items) {
    checkLock();
    return new PureJavaList(this, items);
  }

  @Override
  public PyTuple tuple(List<? extends PyObject> items) {
    checkLock();
    return new PureJavaTuple(this, items);
  }

  @Override
  public PyDict dict() {
    checkLock();
    return new PureJavaDict(this);
  }

  /**
   * The Java object of {@code value} if it is an instance of the {@code @PyClass} type named {@code
   * pythonName} or of a subtype, else {@code null}; also {@code null}, without the lock, for
   * another backend's object (which {@link dev.pyjava.runtime.Conversions} may pass when that
   * backend is not the installed one, as in the embedded CPython tests).
   */
  @Override
  public Object javaObject(PyObject value, String pythonName) {
    if (!(value instanceof PureJavaObject)) {
      return null;
    }
    checkLock();
    return instances.javaObject(value, pythonName);
  }

  /**
   * The instance of {@code javaObject}: the live one holding it, else a new instance of the type of
   * its nearest class that has one.
   */
  @Override
  public PyObject instance(Object javaObject, String pythonName) {
    checkLock();
    return instances.instance(javaObject, pythonName);
  }

  /**
   * A proxy of {@code type}'s interface calling {@code callable}, or {@code null} when it is not
   * callable (or another backend's object, as for {@link #javaObject}).
   */
  @Override
  public Object callback(PyObject callable, TypeSpec type) {
    if (!(callable instanceof PureJavaObject)) {
      return null;
    }
    checkLock();
    boolean callableObject =
        callable instanceof PureJavaCallable
            || (callable instanceof PureJavaInstance instance && instance.isCallable());
    if (!callableObject) {
      return null;
    }
    return CallbackProxies.of(
        type.callback().javaInterface(), new PureJavaCallback(this, callable, type.callback()));
  }

  /**
   * {@code import name}: the same module object every time.
   *
   * @throws dev.pyjava.runtime.exceptions.PyModuleNotFoundError {@code No module named 'x'}
   * @throws dev.pyjava.runtime.exceptions.PyImportError when two providers define the name
   */
  @Override
  public PyObject importModule(String name) {
    checkLock();
    PureJavaModule module = imported.get(name);
    if (module == null) {
      ModuleDef definition = modules.find(name);
      if (definition == null) {
        throw notFound(name);
      }
      module = new PureJavaModule(this, definition);
      imported.put(name, module);
    }
    return module;
  }

  private PyModuleNotFoundError notFound(String name) {
    String message = "No module named '" + name + "'";
    List<String> failures = modules.loadFailures();
    if (!failures.isEmpty()) {
      message += " (some pyjava module providers failed to load: " + String.join("; ", failures) + ")";
    }
    return new PyModuleNotFoundError(message);
  }

  /**
   * The items of a pure-Java set or frozenset, else {@code null}; also {@code null}, without the
   * lock, for another backend's object, as {@link #javaObject} does.
   */
  @Override
  public List<PyObject> setItems(PyObject value) {
    if (!(value instanceof PureJavaSet set)) {
      return null;
    }
    checkLock();
    return set.items();
  }

  @Override
  public PyObject set(List<? extends PyObject> items, boolean frozen) {
    checkLock();
    return new PureJavaSet(this, items, frozen);
  }

  /** A pure-Java value of the standard-library type of {@code value}, at Python's precision. */
  @Override
  public PyObject standardValue(Object value) {
    checkLock();
    return PureJavaStandardValue.of(this, value);
  }

  /**
   * The Java value of a pure-Java standard-library value of {@code javaType}, a str's {@code Path}
   * or an int's {@code BigDecimal}, else {@code null}; {@code null}, without the lock, for another
   * backend's object, as {@link #javaObject} does.
   */
  @Override
  public Object standardJava(PyObject value, Class<?> javaType) {
    if (!(value instanceof PureJavaObject)) {
      return null;
    }
    checkLock();
    return switch (value) {
      case PureJavaStandardValue v when javaType.isInstance(v.value()) -> v.value();
      case PureJavaStr s when javaType == Path.class -> Path.of(s.value());
      case PureJavaInt i when javaType == BigDecimal.class && !(i instanceof PureJavaBool) ->
          new BigDecimal(i.bigValue());
      default -> null;
    };
  }

  /** The {@code @PyClass} types imported so far and the instance of each Java object. */
  PureJavaInstances instances() {
    return instances;
  }

  /** {@code str(value)}, or None for {@code null}. */
  PyObject strOrNone(String value) {
    return value == null ? none : new PureJavaStr(this, value);
  }

  /** Builds a container's repr, or {@code cycle} when that container is already being printed. */
  String reprOnce(PureJavaObject container, String cycle, Supplier<String> repr) {
    if (!inRepr.add(container)) {
      return cycle;
    }
    try {
      return repr.get();
    } finally {
      inRepr.remove(container);
    }
  }

  private void checkLock() {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException(
          "the pure-Java Python backend was used on thread '"
              + Thread.currentThread().getName()
              + "', which does not hold the interpreter lock: wrap the code in"
              + " Python.withGil(py -> ...) and make objects through its token.");
    }
  }
}
