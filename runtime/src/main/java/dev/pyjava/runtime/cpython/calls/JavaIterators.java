package dev.pyjava.runtime.cpython.calls;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.calls.FunctionUpcall.SlotRule;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.TypeApi;
import dev.pyjava.runtime.cpython.objects.JavaInstances;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Iterators;
import dev.pyjava.runtime.def.TypeSpec;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python iterators over Java {@link Iterator}s (what {@code __iter__} of an {@code Iterable<T>}
 * returns): instances of one type pyjava makes per interpreter ({@code pyjava.JavaIterator}, see
 * {@code IteratorType}), each holding its Java iterator as a pyjava instance holds its Java object.
 * Its {@code __next__} converts each item by the rule of {@code T}, through a {@link
 * FunctionUpcall} per item type, and ends with {@code StopIteration} when {@code hasNext()} is
 * false. GIL held.
 */
public final class JavaIterators {
  private JavaIterators() {}

  /** The iterator type, once made; 0 before. */
  private static volatile long type;

  /** The {@code __next__} upcall of each item type. */
  private static final ConcurrentHashMap<TypeSpec, FunctionUpcall> NEXT_BY_ITEM =
      new ConcurrentHashMap<>();

  private static final MethodHandle NEXT = nextHandle();

  /** What an iterator instance holds: the Java iterator and the upcall converting its items. */
  private record Iteration(Iterator<?> iterator, FunctionUpcall next) {}

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

  /**
   * A new reference to a Python iterator over {@code iterator}, its items converted as {@code
   * item}.
   */
  static long newReference(Iterator<?> iterator, TypeSpec item) {
    long iteratorType = type;
    if (iteratorType == 0) {
      throw new IllegalStateException("the pyjava iterator type was not made in this interpreter");
    }
    long instance = PythonErrors.nonNull(TypeApi.PyType_GenericAlloc(iteratorType, 0));
    try {
      JavaInstances.attach(
          instance,
          new Iteration(iterator, NEXT_BY_ITEM.computeIfAbsent(item, JavaIterators::nextUpcall)));
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
            .build((py, args) -> Iterators.next(((Iteration) args[0]).iterator()));
    return new FunctionUpcall(SlotRule.NEXT, next);
  }

  /** {@code tp_iternext}: the next item, or NULL with no exception set at the end. Never throws. */
  private static long next(long self) {
    return UpcallShell.run(() -> ((Iteration) JavaInstances.of(self)).next().callSlot(self));
  }

  private static MethodHandle nextHandle() {
    try {
      return MethodHandles.lookup()
          .findStatic(JavaIterators.class, "next", MethodType.methodType(long.class, long.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
