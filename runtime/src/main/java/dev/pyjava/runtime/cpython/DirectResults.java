package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.def.TypeSpec;

/**
 * The common cases of {@link Conversions#fromJava} (None, bool, int, float, str), done straight
 * to a new reference with no wrapper: most functions return one of these, so most calls never
 * make a result object in Java. Same results and errors as {@link Conversions#fromJava}.
 */
final class DirectResults {
  private DirectResults() {}

  /** Returned when {@code type} is not one of the direct cases. */
  static final long NOT_DIRECT = 0;

  /** A new reference to {@code value} as {@code type}, or {@link #NOT_DIRECT}. GIL held. */
  static long newReference(TypeSpec type, Object value) {
    if (value == null || type.kind() == TypeSpec.Kind.VOID) {
      CApi.Py_IncRef(CApi.NONE);
      return CApi.NONE;
    }
    return switch (type.kind()) {
      case BOOLEAN -> {
        long bool = (Boolean) value ? CApi.TRUE : CApi.FALSE;
        CApi.Py_IncRef(bool);
        yield bool;
      }
      case INT, LONG -> PythonErrors.nonNull(CApi.PyLong_FromLongLong(((Number) value).longValue()));
      case DOUBLE -> PythonErrors.nonNull(CApi.PyFloat_FromDouble(((Number) value).doubleValue()));
      case STRING -> Strings.toPython((String) value);
      default -> NOT_DIRECT;
    };
  }
}
