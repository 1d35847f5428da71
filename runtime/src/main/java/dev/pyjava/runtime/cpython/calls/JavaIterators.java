package dev.pyjava.runtime.cpython.calls;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.calls.FunctionUpcall.SlotRule;
import dev.pyjava.runtime.cpython.ffi.capi.ErrorApi;
import dev.pyjava.runtime.cpython.ffi.capi.IterationApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.TypeApi;
import dev.pyjava.runtime.cpython.objects.JavaInstances;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Iterators;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Python iterators over Java {@link Iterator}s (what {@code __iter__} of an {@code Iterable<T>}
 * returns, and a result typed {@code Iterator<T>}, {@code Iterable<T>} or {@code Stream<T>}):
 * instances of one type pyjava makes per interpreter ({@code pyjava.JavaIterator}, see {@code
 * IteratorType}), each holding its Java iterator as a pyjava instance holds its Java object. Its
 * {@code __next__} converts each item by the rule of {@code T}, through a {@link FunctionUpcall}
 * per item type, and ends with {@code StopIteration} when {@code hasNext()} is false. A stream's
 * {@code close()} runs when its iterator is exhausted or freed, once. GIL held.
 */
public final class JavaIterators {
  private JavaIterators() {}

  /** The iterator type, once made; 0 before. */
  private static volatile long type;

  /** The {@code __next__} upcall of each item type. */
  private static final ConcurrentHashMap<TypeSpec, FunctionUpcall> NEXT_BY_ITEM =
      new ConcurrentHashMap<>();

  private static final MethodHandle NEXT = handle("next", long.class);
  private static final MethodHandle DEALLOCATE = handle("dealloc", void.class);

  /** Records {@code iteratorType}, a new reference this class keeps, as the iterator type. */
  public static void register(long iteratorType) {
    type = iteratorType;
  }

  /** Whether the iterator type was made in this interpreter. */
  public static boolean registered() {
    return type != 0;
  }

  /** The {@code tp_iternext} of the iterator type. */
  public static MemorySegment nextStub() {
    return TypeUpcalls.stub(NEXT, FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
  }

  /** The {@code tp_dealloc} of the iterator type: closes a stream, then as any pyjava type's. */
  public static MemorySegment deallocStub() {
    return TypeUpcalls.stub(DEALLOCATE, FunctionDescriptor.ofVoid(JAVA_LONG));
  }

  /**
   * A new reference to a Python iterator over {@code value}, a non-null result of {@code type}
   * ({@code ITERATOR}, {@code ITERABLE} or {@code STREAM}), its items converted as the type's
   * element.
   */
  static long newReference(TypeSpec type, Object value) {
    return switch (type.kind()) {
      case ITERATOR -> newReference(new Iteration((Iterator<?>) value, null), type.element());
      case ITERABLE ->
          newReference(new Iteration(((Iterable<?>) value).iterator(), null), type.element());
      case STREAM -> {
        Stream<?> stream = (Stream<?>) value;
        yield newReference(new Iteration(stream.iterator(), stream), type.element());
      }
      default -> throw new IllegalArgumentException(type + " is not an iterator type");
    };
  }

  private static long newReference(Iteration iteration, TypeSpec item) {
    long iteratorType = type;
    if (iteratorType == 0) {
      throw new IllegalStateException("the pyjava iterator type was not made in this interpreter");
    }
    long instance = PythonErrors.nonNull(TypeApi.PyType_GenericAlloc(iteratorType, 0));
    try {
      iteration.next = NEXT_BY_ITEM.computeIfAbsent(item, JavaIterators::nextUpcall);
      JavaInstances.attach(instance, iteration);
    } catch (Throwable failure) {
      ObjectApi.Py_DecRef(instance);
      throw failure;
    }
    return instance;
  }

  private static FunctionUpcall nextUpcall(TypeSpec item) {
    FunctionDef next =
        FunctionDef.builder("__next__")
            .returns(item)
            .build((py, args) -> ((Iteration) args[0]).nextItem());
    return new FunctionUpcall(SlotRule.NEXT, next);
  }

  /** {@code tp_iternext}: the next item, or NULL with no exception set at the end. Never throws. */
  private static long next(long self) {
    return UpcallShell.run(() -> ((Iteration) JavaInstances.of(self)).next.callSlot(self));
  }

  /**
   * {@code tp_dealloc}: closes the stream of an iterator that was not exhausted (a failing {@code
   * close()} goes to {@code sys.unraisablehook}), then frees the instance as {@link TypeUpcalls}
   * does. Never throws.
   */
  private static void dealloc(long self) {
    Object held;
    try {
      held = JavaInstances.of(self);
    } catch (Throwable none) {
      held = null; // An instance whose making failed holds nothing.
    }
    if (held instanceof Iteration iteration) {
      try {
        iteration.close();
      } catch (Throwable failure) {
        reportUnraisable(failure);
      }
    }
    TypeUpcalls.dealloc(self);
  }

  /**
   * Reports {@code failure} through {@code sys.unraisablehook}, as CPython reports an exception in
   * {@code __del__}; dropped while another exception is pending (being propagated), which it must
   * not replace. Never throws.
   */
  private static void reportUnraisable(Throwable failure) {
    try {
      if (ErrorApi.PyErr_Occurred() == 0) {
        UpcallShell.failed(failure);
        IterationApi.PyErr_WriteUnraisable(0);
      }
    } catch (Throwable ignored) {
      // Only a failed downcall gets here; a deallocation must not throw.
    }
  }

  private static MethodHandle handle(String name, Class<?> result) {
    try {
      return MethodHandles.lookup()
          .findStatic(JavaIterators.class, name, MethodType.methodType(result, long.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * What an iterator instance holds: the Java iterator, the stream to close at the end (or null)
   * and the upcall converting its items. One {@code __next__} runs at a time; another that comes
   * meanwhile raises, as a generator's does.
   */
  private static final class Iteration {
    private final Iterator<?> iterator;
    private AutoCloseable stream;
    private FunctionUpcall next;
    private boolean running;

    Iteration(Iterator<?> iterator, AutoCloseable stream) {
      this.iterator = iterator;
      this.stream = stream;
    }

    /**
     * The next item; at the end, closes the stream and throws as {@link Iterators#next} does (a
     * {@code close()} that fails raises instead).
     *
     * @throws PyValueError when another {@code __next__} of this iterator is running, as CPython's
     *     generators raise: on a free-threaded build, or when the Java iterator let the GIL go
     *     (waiting for it would deadlock)
     */
    Object nextItem() throws Exception {
      synchronized (this) {
        if (running) {
          throw new PyValueError("pyjava.JavaIterator already executing");
        }
        running = true;
      }
      try {
        return Iterators.next(iterator);
      } catch (NoSuchElementException end) {
        close();
        throw end;
      } finally {
        synchronized (this) {
          running = false;
        }
      }
    }

    /** Closes the stream, once. */
    void close() throws Exception {
      AutoCloseable open;
      synchronized (this) {
        open = stream;
        stream = null;
      }
      if (open != null) {
        open.close();
      }
    }
  }
}
