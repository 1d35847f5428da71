package dev.pyjava.runtime.cpython.calls;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.cpython.ffi.Scratch;
import dev.pyjava.runtime.cpython.ffi.capi.NumberApi;
import dev.pyjava.runtime.cpython.ffi.capi.UnicodeApi;
import dev.pyjava.runtime.cpython.objects.InstanceTypes;
import dev.pyjava.runtime.cpython.objects.Strings;
import dev.pyjava.runtime.cpython.objects.TypeNames;
import dev.pyjava.runtime.def.TypeSpec;
import java.lang.foreign.MemorySegment;

/**
 * The common cases of {@link Conversions#toJava}, read straight from an upcall's argument with no
 * wrapper: an exact str for a {@code String}, an exact int (or bool) that fits for an {@code
 * int}/{@code long}, an exact float for a {@code double}, True or False for a {@code boolean}, an
 * instance of a {@code @PyClass} type (or a subclass) for its Java object.
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
      case STRING -> TypeNames.typeOf(object) == UnicodeApi.UNICODE_TYPE ? Strings.toJava(object) : NOT_FAST;
      case LONG -> longOf(object);
      case INT -> intOf(object);
      case DOUBLE ->
          TypeNames.typeOf(object) == NumberApi.FLOAT_TYPE ? (Object) NumberApi.PyFloat_AsDouble(object) : NOT_FAST;
      case BOOLEAN -> object == NumberApi.TRUE ? Boolean.TRUE : object == NumberApi.FALSE ? Boolean.FALSE : NOT_FAST;
      case INSTANCE -> InstanceTypes.javaObject(object, type.instanceName(), NOT_FAST);
      default -> NOT_FAST;
    };
  }

  private static Object longOf(long object) {
    long type = TypeNames.typeOf(object);
    if (type != NumberApi.LONG_TYPE && type != NumberApi.BOOL_TYPE) {
      return NOT_FAST;
    }
    MemorySegment overflow = Scratch.slot();
    long value = NumberApi.PyLong_AsLongAndOverflow(object, overflow.address());
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
