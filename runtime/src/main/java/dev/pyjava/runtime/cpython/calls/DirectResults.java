package dev.pyjava.runtime.cpython.calls;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.cpython.ffi.capi.NumberApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.objects.CPyObject;
import dev.pyjava.runtime.cpython.objects.InstanceTypes;
import dev.pyjava.runtime.cpython.objects.ObjectInternals;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.objects.Strings;
import dev.pyjava.runtime.def.TypeSpec;

/**
 * The common cases of {@link Conversions#fromJava} (None, bool, int, float, str, a primitive
 * array's list, and a Python object of this backend), and what only the backend converts
 * (instances, iterators), done straight to a new reference with no wrapper: most functions
 * return one of these, so most calls never make a result object in Java. Same results and errors
 * as {@link Conversions#fromJava}, for a thread known to hold the GIL (Python called it).
 */
final class DirectResults {
  private DirectResults() {}

  /** Returned when {@code type} is not one of the direct cases. */
  static final long NOT_DIRECT = 0;

  /** A new reference to {@code value} as {@code type}, or {@link #NOT_DIRECT}. GIL held. */
  static long newReference(TypeSpec type, Object value) {
    if (value == null || type.kind() == TypeSpec.Kind.VOID) {
      ObjectInternals.incRef(ObjectApi.NONE);
      return ObjectApi.NONE;
    }
    return switch (type.kind()) {
      case BOOLEAN -> {
        long bool = (Boolean) value ? NumberApi.TRUE : NumberApi.FALSE;
        ObjectInternals.incRef(bool);
        yield bool;
      }
      case INT, LONG ->
          PythonErrors.nonNull(NumberApi.PyLong_FromLongLongCritical(((Number) value).longValue()));
      case DOUBLE ->
          PythonErrors.nonNull(NumberApi.PyFloat_FromDoubleCritical(((Number) value).doubleValue()));
      case STRING -> Strings.toPython((String) value);
      case OBJECT -> objectReference(value);
      case INSTANCE -> InstanceTypes.newReference(value, type.instanceName());
      case ITERATOR, ITERABLE, STREAM -> JavaIterators.newReference(type, value);
      case ARRAY -> PrimitiveLists.newReference(value);
      default -> NOT_DIRECT;
    };
  }

  /** A new reference to a wrapper's object, or {@link #NOT_DIRECT} if it is not a wrapper. */
  private static long objectReference(Object value) {
    if (!(value instanceof CPyObject wrapper)) {
      return NOT_DIRECT;
    }
    long address = wrapper.validAddress();
    ObjectInternals.incRef(address);
    return address;
  }
}
