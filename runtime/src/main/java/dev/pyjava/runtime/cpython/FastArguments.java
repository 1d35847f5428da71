package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.def.TypeSpec;
import java.lang.foreign.MemorySegment;

/**
 * The common cases of {@link Conversions#toJava}, read straight from an upcall's argument with no
 * wrapper: an exact str for a {@code String}, an exact int (or bool) that fits for an {@code
 * int}/{@code long}, an exact float for a {@code double}, True or False for a {@code boolean}.
 * Anything else, errors included, is left to {@link Conversions}, so values and messages stay
 * exactly its own. GIL held.
 */
final class FastArguments {
  private FastArguments() {}

  /** Returned when the argument is not one of the fast cases. */
  static final Object NOT_FAST = new Object();

  /** The Java value of the argument at {@code object} as {@code type}, or {@link #NOT_FAST}. */
  static Object read(long object, TypeSpec type) {
    return switch (type.kind()) {
      case STRING -> TypeNames.typeOf(object) == CApi.UNICODE_TYPE ? Strings.toJava(object) : NOT_FAST;
      case LONG -> longOf(object);
      case INT -> intOf(object);
      case DOUBLE ->
          TypeNames.typeOf(object) == CApi.FLOAT_TYPE ? (Object) CApi.PyFloat_AsDouble(object) : NOT_FAST;
      case BOOLEAN -> object == CApi.TRUE ? Boolean.TRUE : object == CApi.FALSE ? Boolean.FALSE : NOT_FAST;
      default -> NOT_FAST;
    };
  }

  private static Object longOf(long object) {
    long type = TypeNames.typeOf(object);
    if (type != CApi.LONG_TYPE && type != CApi.BOOL_TYPE) {
      return NOT_FAST;
    }
    MemorySegment overflow = Scratch.slot();
    long value = CApi.PyLong_AsLongAndOverflow(object, overflow.address());
    if (value == -1 && overflow.get(JAVA_INT, 0) != 0) {
      return NOT_FAST;
    }
    return value;
  }

  private static Object intOf(long object) {
    Object value = longOf(object);
    if (value instanceof Long l && l == l.intValue()) {
      return l.intValue();
    }
    return NOT_FAST;
  }
}
