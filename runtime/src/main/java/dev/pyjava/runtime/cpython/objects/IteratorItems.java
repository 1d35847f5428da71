package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.PythonItems;
import dev.pyjava.runtime.cpython.ffi.capi.ErrorApi;
import dev.pyjava.runtime.cpython.ffi.capi.IterationApi;
import dev.pyjava.runtime.cpython.ffi.capi.ProtocolApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import java.lang.ref.Cleaner;
import java.util.function.Function;

/**
 * The items of a Python iterator, straight through {@code PyIter_Next}: the CPython backend's
 * {@link PythonItems}. It holds a reference to the iterator until the iterator is exhausted, it is
 * closed, or Java no longer reaches it (the Cleaner drops it then); each item lives only as long as
 * its conversion. GIL held in every method.
 */
public final class IteratorItems implements PythonItems {
  /** The iterator's {@code PyObject*}, 0 once let go of. */
  private long iterator;

  private final Cleaner.Cleanable release;

  private IteratorItems(long iterator) {
    this.iterator = iterator;
    this.release = Wrappers.releaseWhenUnreachable(this, iterator);
  }

  /**
   * The items of {@code iter(object)}, or {@code null} when {@code object} is not iterable (its
   * type has no {@code __iter__} and it is no sequence). GIL held.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException what {@code iter()} raises otherwise
   */
  public static PythonItems of(long object) {
    boolean iterable =
        ProtocolApi.PyType_GetSlot(TypeNames.typeOf(object), Layouts.TP_ITER) != 0
            || IterationApi.PySequence_Check(object) != 0;
    if (!iterable) {
      return null;
    }
    return new IteratorItems(PythonErrors.nonNull(IterationApi.PyObject_GetIter(object)));
  }

  @Override
  public Object next(Function<PyObject, Object> convert) {
    long from = iterator;
    if (from == 0) {
      return END;
    }
    long item = IterationApi.PyIter_Next(from);
    if (item == 0) {
      if (ErrorApi.PyErr_Occurred() != 0) {
        throw PythonErrors.fetch();
      }
      close();
      return END;
    }
    CallScope scope = new CallScope();
    try {
      return convert.apply(Wrappers.child(item, scope));
    } finally {
      scope.close();
    }
  }

  @Override
  public void close() {
    if (iterator != 0) {
      iterator = 0;
      release.clean();
    }
  }
}
