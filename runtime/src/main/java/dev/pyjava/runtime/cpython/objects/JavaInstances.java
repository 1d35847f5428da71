package dev.pyjava.runtime.cpython.objects;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.Arrays;
import java.util.IdentityHashMap;

/**
 * The Java objects of pyjava instances: a table of strong references, and the handle each instance
 * of a {@code @PyClass} type keeps in its slot after the object header ({@link
 * PythonAbi#instanceHandle()}). Python memory never holds a Java reference, only a handle: an index
 * into this table, from 1 (0 is an instance that holds no Java object, as {@code tp_alloc} leaves
 * it). The instance keeps its Java object alive until its {@code tp_dealloc} {@link #detach
 * detaches} it.
 *
 * <p>Safe on any thread; every method that touches an instance needs the GIL (an attached thread
 * state on a free-threaded build) and a live instance.
 */
public final class JavaInstances {
  private JavaInstances() {}

  private static final Object LOCK = new Object();

  private static final long TYPE_NAME = PythonAbi.current().typeName();

  /** The objects by handle; index 0 is never used. */
  private static Object[] objects = new Object[64];

  /** Handles free for reuse, a stack of {@link #freeCount} entries. */
  private static long[] free = new long[64];

  private static int freeCount;

  /** The next never-used handle. */
  private static int next = 1;

  private static int live;

  /** The instance holding each Java object, by identity: what identity of results rests on. */
  private static final IdentityHashMap<Object, Long> INSTANCES = new IdentityHashMap<>();

  /** How many Java objects instances hold now: 0 once every instance is freed. */
  public static int count() {
    synchronized (LOCK) {
      return live;
    }
  }

  /**
   * Makes {@code javaObject} the Java object of {@code instance}, in place of the one it holds, if
   * any (its {@code __init__} ran again).
   */
  public static void attach(long instance, Object javaObject) {
    long handle = NativeMemory.EVERYTHING.get(JAVA_LONG, slot(instance));
    synchronized (LOCK) {
      if (handle != 0) {
        forget(objects[(int) handle], instance);
        objects[(int) handle] = javaObject;
        INSTANCES.put(javaObject, instance);
        return;
      }
      if (freeCount > 0) {
        handle = free[--freeCount];
      } else {
        if (next == objects.length) {
          objects = Arrays.copyOf(objects, objects.length * 2);
        }
        handle = next++;
      }
      objects[(int) handle] = javaObject;
      InstanceReferences.prepare(instance);
      INSTANCES.put(javaObject, instance);
      live++;
    }
    NativeMemory.EVERYTHING.set(JAVA_LONG, slot(instance), handle);
  }

  /**
   * The Java object of {@code instance}.
   *
   * @throws PyTypeError when it holds none (its {@code __init__} never ran)
   */
  public static Object of(long instance) {
    long handle = NativeMemory.EVERYTHING.get(JAVA_LONG, slot(instance));
    if (handle == 0) {
      long type = TypeNames.typeOf(instance);
      String name = NativeMemory.readCString(NativeMemory.readPointer(type + TYPE_NAME));
      throw new PyTypeError(
          "this "
              + name
              + " object holds no Java object: its __init__ never ran (a subclass's __init__ must"
              + " call super().__init__(...))");
    }
    synchronized (LOCK) {
      return objects[(int) handle];
    }
  }

  /**
   * Lets go of the Java object of {@code instance}, if it holds one; for its {@code tp_dealloc}.
   */
  public static void detach(long instance) {
    long slot = slot(instance);
    long handle = NativeMemory.EVERYTHING.get(JAVA_LONG, slot);
    if (handle == 0) {
      return;
    }
    NativeMemory.EVERYTHING.set(JAVA_LONG, slot, 0L);
    synchronized (LOCK) {
      forget(objects[(int) handle], instance);
      objects[(int) handle] = null;
      if (freeCount == free.length) {
        free = Arrays.copyOf(free, free.length * 2);
      }
      free[freeCount++] = handle;
      live--;
    }
  }

  /**
   * A new reference to the live instance that holds {@code javaObject}, or 0 when none does.
   *
   * <p>The instance's {@code tp_dealloc} leaves the map under the same lock, so the memory of an
   * instance found here is valid; but on a free-threaded build another thread may have dropped
   * its last reference and be about to free it: {@link InstanceReferences} then adds no
   * reference, and this is 0 (the caller makes a new instance, which takes over the entry).
   */
  public static long instanceOf(Object javaObject) {
    synchronized (LOCK) {
      Long instance = INSTANCES.get(javaObject);
      if (instance == null || !InstanceReferences.tryNewReference(instance)) {
        return 0;
      }
      return instance;
    }
  }

  /** Drops the entry of {@code javaObject} if it is {@code instance}'s. Holding the lock. */
  private static void forget(Object javaObject, long instance) {
    Long held = INSTANCES.get(javaObject);
    if (held != null && held == instance) {
      INSTANCES.remove(javaObject);
    }
  }

  private static long slot(long instance) {
    return instance + PythonAbi.current().instanceHandle();
  }
}
