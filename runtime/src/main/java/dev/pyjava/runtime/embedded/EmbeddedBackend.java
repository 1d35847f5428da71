package dev.pyjava.runtime.embedded;

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
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.exceptions.PyModuleNotFoundError;
import java.math.BigInteger;
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
public final class EmbeddedBackend implements Backend {
  private static final int SMALL_INT_MIN = -5;
  private static final int SMALL_INT_MAX = 256;

  private final EmbeddedLock lock = new EmbeddedLock();
  private final Python token = new Python(this);
  private final ModuleRegistry modules;
  private final EmbeddedNone none = new EmbeddedNone(this);
  private final EmbeddedBool falseObject = new EmbeddedBool(this, false);
  private final EmbeddedBool trueObject = new EmbeddedBool(this, true);
  private final EmbeddedInt[] smallInts = new EmbeddedInt[SMALL_INT_MAX - SMALL_INT_MIN + 1];

  /** {@code sys.modules}; guarded by the interpreter lock. */
  private final Map<String, EmbeddedModule> imported = new HashMap<>();

  /** Containers whose repr is being built, to print {@code [...]} for cycles; lock-guarded. */
  private final Set<EmbeddedObject> inRepr = Collections.newSetFromMap(new IdentityHashMap<>());

  /** A backend that imports the modules on the class path. */
  public EmbeddedBackend() {
    this(ModuleRegistry.discovered());
  }

  /** A backend that imports the given modules. */
  public EmbeddedBackend(ModuleRegistry modules) {
    this.modules = modules;
    for (int i = 0; i < smallInts.length; i++) {
      smallInts[i] = new EmbeddedInt(this, SMALL_INT_MIN + i);
    }
  }

  @Override
  public String name() {
    return "embedded";
  }

  @Override
  public EmbeddedLock lock() {
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
    return new EmbeddedInt(this, value);
  }

  @Override
  public PyLong bigInteger(BigInteger value) {
    checkLock();
    return new EmbeddedInt(this, value);
  }

  @Override
  public PyFloat floating(double value) {
    checkLock();
    return new EmbeddedFloat(this, value);
  }

  @Override
  public PyStr str(String value) {
    checkLock();
    return new EmbeddedStr(this, value);
  }

  @Override
  public PyBytes bytes(byte[] value) {
    checkLock();
    return new EmbeddedBytes(this, value);
  }

  @Override
  public PyList list(List<? extends PyObject> items) {
    checkLock();
    return new EmbeddedList(this, items);
  }

  @Override
  public PyTuple tuple(List<? extends PyObject> items) {
    checkLock();
    return new EmbeddedTuple(this, items);
  }

  @Override
  public PyDict dict() {
    checkLock();
    return new EmbeddedDict(this);
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
    EmbeddedModule module = imported.get(name);
    if (module == null) {
      ModuleDef definition = modules.find(name);
      if (definition == null) {
        throw notFound(name);
      }
      module = new EmbeddedModule(this, definition);
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

  /** {@code str(value)}, or None for {@code null}. */
  PyObject strOrNone(String value) {
    return value == null ? none : new EmbeddedStr(this, value);
  }

  /** Builds a container's repr, or {@code cycle} when that container is already being printed. */
  String reprOnce(EmbeddedObject container, String cycle, Supplier<String> repr) {
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
          "the embedded Python backend was used on thread '"
              + Thread.currentThread().getName()
              + "', which does not hold the interpreter lock: wrap the code in"
              + " Python.withGil(py -> ...) and make objects through its token.");
    }
  }
}
