package dev.pyjava.runtime;

import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ItemType;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Converts between Python objects and the Java values of {@link TypeSpec}s, with Python's rules
 * and Python's error messages. Backend-neutral: it sees Python objects only through the {@link
 * PyObject} interfaces, so every backend must give an {@code int} the {@link PyLong} interface (a
 * {@code bool} too, with type name {@code bool}), a {@code float} {@link PyFloat}, and so on.
 */
public final class Conversions {
  private Conversions() {}

  /**
   * An argument as the Java value its parameter declares.
   *
   * <p>{@code bool} is an {@code int}, so {@code True} gives 1 for an {@code int} parameter, but a
   * {@code float} does not; a {@code double} takes {@code int} and {@code float}; a {@code
   * boolean} takes only {@code bool}. Boxed types and {@code Optional} take None ({@code null},
   * {@code Optional.empty()}), but an item of a list or a key or value of a dict never becomes
   * {@code null}: None there is a {@code TypeError} unless the item type is an {@code Optional}. A
   * list takes a list or tuple; a map takes a dict whose keys convert as the map's key type. A
   * {@code float} takes what a {@code double} takes, rounded to the nearest {@code float} (as
   * CPython's {@code "f"} argument format: beyond its range is an infinity); {@code short} and
   * {@code byte} take an int in their range; a {@code char} takes a str of one character of the
   * Basic Multilingual Plane; a {@code BigInteger} takes any int. An {@code Iterator}, {@code
   * Iterable} or {@code Stream} takes any iterable, read lazily (see {@link TypeSpec#iterator}).
   * {@code byte[]} takes bytes or any object with the buffer protocol; the other primitive arrays
   * take a list or tuple of numbers or an object with the buffer protocol of their format; a
   * {@code java.nio} buffer is the backend's view of a C-contiguous buffer of its format.
   *
   * @param f the function, for messages; may be {@code null}
   * @param p the parameter, for messages; may be {@code null}
   * @throws PyTypeError {@code search() argument 'path' must be str, not int}, or {@code f()
   *     argument 'nums' item 1 must be int, not str} inside a container
   * @throws PyOverflowError when an int does not fit: {@code Python int too large to convert to C
   *     int}, {@code signed short integer is greater than maximum}
   * @throws PyValueError for a character a Java {@code char} cannot hold: {@code character
   *     U+1f600 is not in range [U+0000; U+ffff]}
   * @throws PyException a {@code BufferError} for a view of memory that is not C-contiguous
   */
  public static Object toJava(PyObject value, TypeSpec type, FunctionDef f, Parameter p) {
    if (type.isLazy()) {
      return IterableArguments.toJava(value, type, argumentName(f, p));
    }
    try {
      return convert(value, type);
    } catch (ConversionMismatch mismatch) {
      throw new PyTypeError(argumentName(f, p) + mismatch.detail());
    } catch (BufferMismatch layout) {
      String message =
          argumentName(f, p) + " must be " + type.pythonName() + ", not " + layout.found();
      throw new PyException("BufferError", message, List.of(message));
    }
  }

  /**
   * A Java result as a Python object: {@code null} is None for every reference type, {@code
   * VOID} is None, a list becomes a list, a map a dict, an {@code Optional} its value or None.
   */
  public static PyObject fromJava(Python py, TypeSpec type, Object value) {
    py.check();
    return result(py.backend(), type, value);
  }

  /**
   * Any supported Java value as a Python object, as {@link Python#toPython(Object)} describes.
   *
   * @throws PyTypeError for a value of any other Java type
   */
  public static PyObject toPython(Python py, Object value) {
    py.check();
    return anyValue(py.backend(), value);
  }

  /** {@link #toPython(Python, Object)} of each value, in order. */
  public static List<PyObject> toPythonAll(Python py, Iterable<?> values) {
    py.check();
    Backend backend = py.backend();
    List<PyObject> out = new ArrayList<>();
    for (Object value : values) {
      out.add(anyValue(backend, value));
    }
    return out;
  }

  /**
   * What a Python callable returned to Java, as the Java value of {@code type}, by the rules of
   * {@link #toJava}.
   *
   * @param callable the callable that returned it, for messages
   * @throws PyTypeError {@code callback score() result must be float, not str}
   * @throws PyOverflowError when an int does not fit
   */
  public static Object callbackResult(PyObject value, TypeSpec type, PyObject callable) {
    try {
      return convert(value, type);
    } catch (ConversionMismatch mismatch) {
      throw new PyTypeError(callbackName(callable) + " result" + mismatch.detail());
    }
  }

  /**
   * {@code callback score()} for a function or method ({@code callback <lambda>()} too), else
   * {@code callback Scorer object}.
   */
  private static String callbackName(PyObject callable) {
    try {
      return "callback " + callable.getAttr("__qualname__").str() + "()";
    } catch (PyException noName) {
      return "callback " + callable.typeName() + " object";
    }
  }

  private static String argumentName(FunctionDef f, Parameter p) {
    String function = f == null ? "" : f.name() + "() ";
    return p == null ? function + "argument" : function + "argument " + PythonRepr.str(p.name());
  }

  /**
   * {@code value} as the Java value of {@code type}, not a lazy kind.
   *
   * @throws ConversionMismatch when it does not fit, for the caller to name the argument
   */
  static Object convert(PyObject value, TypeSpec type) {
    if (type.boxed() && value.isNone()) {
      return null;
    }
    return switch (type.kind()) {
      case BOOLEAN -> {
        if (!"bool".equals(value.typeName())) {
          throw mismatch(type, value);
        }
        yield value.isTrue();
      }
      case INT -> {
        long v = longOf(value, type, "int");
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
          throw new PyOverflowError("Python int too large to convert to C int");
        }
        yield (int) v;
      }
      case LONG -> longOf(value, type, "long");
      case DOUBLE -> doubleOf(value, type);
      case STRING -> {
        if (!(value instanceof PyStr s)) {
          throw mismatch(type, value);
        }
        yield s.value();
      }
      case BYTES ->
          value instanceof PyBytes b ? b.toByteArray() : bufferArray(value, type, ItemType.BYTE);
      case OPTIONAL -> {
        if (value.isNone()) {
          yield Optional.empty();
        }
        try {
          yield Optional.ofNullable(convert(value, type.element()));
        } catch (ConversionMismatch mismatch) {
          mismatch.widenTopLevel(type.pythonName());
          throw mismatch;
        }
      }
      case LIST -> listOf(value, type);
      case MAP -> mapOf(value, type);
      case OBJECT -> {
        if (!type.objectType().isInstance(value)) {
          throw mismatch(type, value);
        }
        yield value;
      }
      case INSTANCE -> {
        Object javaObject = Backends.current().javaObject(value, type.instanceName());
        if (javaObject == null) {
          throw mismatch(type, value);
        }
        yield javaObject;
      }
      case CALLBACK -> {
        Object proxy = Backends.current().callback(value, type);
        if (proxy == null) {
          throw mismatch(type, value);
        }
        yield proxy;
      }
      case ENUM -> {
        Object constant = ModuleEnums.toJava(value, type.instanceName());
        if (constant == null) {
          throw mismatch(type, value);
        }
        yield constant;
      }
      case VOID -> throw new IllegalArgumentException("VOID is a result type, not a parameter type");
      case ITERATOR, ITERABLE, STREAM ->
          throw new IllegalArgumentException(
              "an iterator converts only as a whole parameter, never inside another type");
      case ARRAY -> arrayOf(value, type);
      case BUFFER -> bufferOf(value, type);
      case FLOAT -> (float) doubleOf(value, type);
      case SHORT -> (short) ranged(value, type, Short.MIN_VALUE, Short.MAX_VALUE, "short integer");
      case BYTE -> (byte) ranged(value, type, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte integer");
      case CHAR -> charOf(value);
      case BIG_INTEGER -> {
        if (!(value instanceof PyLong l)) {
          throw mismatch(type, value);
        }
        yield l.bigValue();
      }
      case SET -> setOf(value, type);
      case ANY -> natural(value);
      case DECIMAL -> standard(value, type, BigDecimal.class);
      case PATH -> standard(value, type, Path.class);
      case DATE -> standard(value, type, LocalDate.class);
      case TIME -> standard(value, type, LocalTime.class);
      case DATE_TIME -> standard(value, type, LocalDateTime.class);
      case INSTANT -> standard(value, type, Instant.class);
      case DURATION -> standard(value, type, Duration.class);
      case RECORD ->
          throw new IllegalArgumentException("RECORD is a result type, not a parameter type");
    };
  }

  /** A primitive array from a list or tuple of numbers, or copied from a buffer. */
  private static Object arrayOf(PyObject value, TypeSpec type) {
    int size = SequenceItems.size(value);
    if (size < 0) {
      return bufferArray(value, type, type.itemType());
    }
    ItemType item = type.itemType();
    Object array = PrimitiveArrays.newArray(item, size);
    SequenceItems.forEach(
        value,
        size,
        (i, number) -> {
          try {
            switch (item) {
              case SHORT -> ((short[]) array)[i] = (short) convert(number, TypeSpec.SHORT);
              case INT -> ((int[]) array)[i] = (int) convert(number, TypeSpec.INT);
              case LONG -> ((long[]) array)[i] = longOf(number, TypeSpec.LONG, "long");
              case FLOAT -> ((float[]) array)[i] = (float) doubleOf(number, TypeSpec.DOUBLE);
              case DOUBLE -> ((double[]) array)[i] = doubleOf(number, TypeSpec.DOUBLE);
              case BYTE -> throw new IllegalArgumentException("byte[] is BYTES, not ARRAY");
            }
          } catch (ConversionMismatch mismatch) {
            throw mismatch.inside("item " + i);
          }
        });
    return array;
  }

  /** A copy of a buffer's items, or a mismatch when it exports none of that format. */
  private static Object bufferArray(PyObject value, TypeSpec type, ItemType item) {
    Object array = null;
    try {
      if (value instanceof BufferExporter exporter) {
        array = exporter.bufferArray(item);
      }
    } catch (BufferMismatch format) {
      throw new ConversionMismatch(type.pythonName(), format.found());
    }
    if (array == null) {
      throw mismatch(type, value);
    }
    return array;
  }

  /**
   * A view of a buffer; on a backend without the buffer protocol, a {@code ByteBuffer} takes
   * bytes, read-only.
   */
  private static Buffer bufferOf(PyObject value, TypeSpec type) {
    Buffer view = null;
    try {
      if (value instanceof BufferExporter exporter) {
        view = exporter.bufferView(type.itemType());
      }
    } catch (BufferMismatch mismatch) {
      if (mismatch.layout()) {
        throw mismatch;
      }
      throw new ConversionMismatch(type.pythonName(), mismatch.found());
    }
    if (view != null) {
      return view;
    }
    if (type.itemType() == ItemType.BYTE && value instanceof PyBytes bytes) {
      return ByteBuffer.wrap(bytes.toByteArray()).asReadOnlyBuffer();
    }
    throw mismatch(type, value);

  }

  /**
   * An item of a container: as {@link #convert}, but a box takes no None (only an {@code Optional}
   * item does), so that no {@code null} reaches the user's code inside a collection, and a
   * mismatch names the unboxed type ({@code int}, not {@code int | None}).
   */
  private static Object item(PyObject value, TypeSpec type) {
    return convert(value, type.boxed() ? unboxed(type) : type);
  }

  /** The unboxed twin of a boxed scalar type. */
  private static TypeSpec unboxed(TypeSpec boxed) {
    return switch (boxed.kind()) {
      case BOOLEAN -> TypeSpec.BOOLEAN;
      case INT -> TypeSpec.INT;
      case LONG -> TypeSpec.LONG;
      case DOUBLE -> TypeSpec.DOUBLE;
      case FLOAT -> TypeSpec.FLOAT;
      case SHORT -> TypeSpec.SHORT;
      case BYTE -> TypeSpec.BYTE;
      case CHAR -> TypeSpec.CHAR;
      default -> boxed;
    };
  }

  /**
   * An int in {@code [min, max]}, with the {@code OverflowError} of CPython's {@code "h"} argument
   * format ({@code signed short integer is less than minimum}).
   */
  private static long ranged(PyObject value, TypeSpec type, long min, long max, String what) {
    long v = longOf(value, type, "long");
    if (v < min) {
      throw new PyOverflowError("signed " + what + " is less than minimum");
    }
    if (v > max) {
      throw new PyOverflowError("signed " + what + " is greater than maximum");
    }
    return v;
  }

  /** A str of one character, as CPython's {@code "C"} argument format reads it. */
  private static char charOf(PyObject value) {
    if (!(value instanceof PyStr s)) {
      throw new ConversionMismatch("a unicode character", value.typeName());
    }
    String text = s.value();
    if (text.codePointCount(0, text.length()) != 1) {
      throw new ConversionMismatch("a unicode character", value.typeName());
    }
    if (text.length() != 1) {
      throw new PyValueError(
          "character U+"
              + Integer.toHexString(text.codePointAt(0))
              + " is not in range [U+0000; U+ffff]");
    }
    return text.charAt(0);
  }

  private static long longOf(PyObject value, TypeSpec type, String cType) {
    if (!(value instanceof PyLong l)) {
      throw mismatch(type, value);
    }
    try {
      return l.longValue();
    } catch (PyOverflowError tooLarge) {
      throw new PyOverflowError("Python int too large to convert to C " + cType);
    }
  }

  private static double doubleOf(PyObject value, TypeSpec type) {
    if (value instanceof PyFloat f) {
      return f.doubleValue();
    }
    if (!(value instanceof PyLong l)) {
      throw mismatch(type, value);
    }
    try {
      return l.longValue();
    } catch (PyOverflowError beyondLong) {
      double d = l.bigValue().doubleValue();
      if (Double.isInfinite(d)) {
        throw new PyOverflowError("int too large to convert to float");
      }
      return d;
    }
  }

  /** The items of a list or a tuple, read in place; {@code null} for any other value. */
  private static List<PyObject> sequence(PyObject value) {
    return switch (value) {
      case PyList list -> indexed(list.size(), list::get);
      case PyTuple tuple -> indexed(tuple.size(), tuple::get);
      default -> null;
    };
  }

  private static List<PyObject> indexed(int size, IntFunction<PyObject> items) {
    return new AbstractList<>() {
      @Override
      public PyObject get(int index) {
        return items.apply(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private static List<Object> listOf(PyObject value, TypeSpec type) {
    int size = SequenceItems.size(value);
    if (size < 0) {
      throw mismatch(type, value);
    }
    List<Object> out = new ArrayList<>(size);
    if (holdsNoPythonObject(type.element())) {
      SequenceItems.forEach(value, size, (i, item) -> out.add(listItem(item, type, i)));
      return out;
    }
    List<PyObject> items = sequence(value);
    for (int i = 0; i < size; i++) {
      out.add(listItem(items.get(i), type, i));
    }
    return out;
  }

  private static Object listItem(PyObject item, TypeSpec list, int index) {
    try {
      return item(item, list.element());
    } catch (ConversionMismatch mismatch) {
      throw mismatch.inside("item " + index);
    }
  }

  /** True for the item types whose Java values never hold a Python object: scalars and str. */
  private static boolean holdsNoPythonObject(TypeSpec type) {
    return switch (type.kind()) {
      case BOOLEAN, INT, LONG, DOUBLE, FLOAT, SHORT, BYTE, CHAR, STRING, BIG_INTEGER -> true;
      default -> false;
    };
  }

  private static Set<Object> setOf(PyObject value, TypeSpec type) {
    List<PyObject> items = Backends.current().setItems(value);
    if (items == null) {
      throw mismatch(type, value);
    }
    Set<Object> out = new LinkedHashSet<>();
    for (PyObject item : items) {
      try {
        out.add(item(item, type.element()));
      } catch (ConversionMismatch mismatch) {
        throw mismatch.inside("item " + item.repr());
      }
    }
    return out;
  }

  private static Object standard(PyObject value, TypeSpec type, Class<?> javaType) {
    Object javaValue = Backends.current().standardJava(value, javaType);
    if (javaValue == null) {
      throw mismatch(type, value);
    }
    return javaValue;
  }

  /** The natural Java value of {@code value}, as {@link TypeSpec#ANY} describes. */
  private static Object natural(PyObject value) {
    if (value.isNone()) {
      return null;
    }
    if ("bool".equals(value.typeName())) {
      return value.isTrue();
    }
    return switch (value) {
      case PyLong l -> {
        try {
          yield l.longValue();
        } catch (PyOverflowError beyondLong) {
          yield l.bigValue();
        }
      }
      case PyFloat f -> f.doubleValue();
      case PyStr s -> s.value();
      case PyBytes b -> b.toByteArray();
      case PyList list -> naturalItems(list.size(), list::get);
      case PyTuple tuple -> naturalItems(tuple.size(), tuple::get);
      case PyDict dict -> {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (PyObject key : dict.keys()) {
          out.put(natural(key), natural(dict.get(key)));
        }
        yield out;
      }
      default -> {
        List<PyObject> items = Backends.current().setItems(value);
        if (items == null) {
          yield value;
        }
        Set<Object> out = new LinkedHashSet<>();
        for (PyObject item : items) {
          out.add(natural(item));
        }
        yield out;
      }
    };
  }

  private static List<Object> naturalItems(int size, IntFunction<PyObject> items) {
    List<Object> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(natural(items.apply(i)));
    }
    return out;
  }

  private static Map<Object, Object> mapOf(PyObject value, TypeSpec type) {
    if (!(value instanceof PyDict dict)) {
      throw mismatch(type, value);
    }
    Map<Object, Object> out = new LinkedHashMap<>();
    for (PyObject key : dict.keys()) {
      Object javaKey;
      try {
        javaKey = item(key, type.mapKey());
      } catch (ConversionMismatch mismatch) {
        throw mismatch.inside("key " + key.repr());
      }
      try {
        out.put(javaKey, item(dict.get(key), type.element()));
      } catch (ConversionMismatch mismatch) {
        throw mismatch.inside("value for key " + key.repr());
      }
    }
    return out;
  }

  private static ConversionMismatch mismatch(TypeSpec type, PyObject value) {
    return new ConversionMismatch(type.pythonName(), value.typeName());
  }

  private static PyObject result(Backend backend, TypeSpec type, Object value) {
    if (value == null || type.kind() == TypeSpec.Kind.VOID) {
      return backend.none();
    }
    return switch (type.kind()) {
      case BOOLEAN -> backend.bool((Boolean) value);
      case INT, LONG -> backend.integer(((Number) value).longValue());
      case DOUBLE -> backend.floating(((Number) value).doubleValue());
      case STRING -> backend.str((String) value);
      case BYTES -> backend.bytes((byte[]) value);
      case OPTIONAL -> {
        Optional<?> optional = (Optional<?>) value;
        yield optional.isPresent()
            ? result(backend, type.element(), optional.get())
            : backend.none();
      }
      case LIST -> {
        List<PyObject> items = new ArrayList<>();
        for (Object item : (Iterable<?>) value) {
          items.add(result(backend, type.element(), item));
        }
        yield backend.list(items);
      }
      case MAP -> {
        PyDict dict = backend.dict();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          dict.put(
              result(backend, type.mapKey(), entry.getKey()),
              result(backend, type.element(), entry.getValue()));
        }
        yield dict;
      }
      case OBJECT -> (PyObject) value;
      case INSTANCE -> backend.instance(value, type.instanceName());
      case ENUM -> ModuleEnums.toPython(backend, (Enum<?>) value, type.instanceName());
      case ITERATOR, ITERABLE, STREAM ->
          throw new IllegalArgumentException("iterators are converted by the backend");
      case CALLBACK ->
          throw new IllegalArgumentException("a Java callback cannot be returned to Python");
      case VOID -> backend.none();
      case ARRAY -> backend.list(PrimitiveArrays.items(backend, value));
      case BUFFER ->
          throw new IllegalArgumentException("a buffer view is a parameter type, not a result");
      case FLOAT -> backend.floating((Float) value);
      case SHORT, BYTE -> backend.integer(((Number) value).longValue());
      case CHAR -> backend.str(String.valueOf((char) (Character) value));
      case BIG_INTEGER -> backend.bigInteger((BigInteger) value);
      case SET -> {
        List<PyObject> items = new ArrayList<>();
        for (Object item : (Iterable<?>) value) {
          items.add(result(backend, type.element(), item));
        }
        yield backend.set(items, false);
      }
      case ANY -> anyValue(backend, value);
      case DECIMAL, PATH, DATE, TIME, DATE_TIME, INSTANT, DURATION -> backend.standardValue(value);
      case RECORD -> {
        Object[] values = type.reader().apply(value);
        List<PyObject> items = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
          items.add(result(backend, type.components().get(i), values[i]));
        }
        yield backend.tuple(items);
      }
    };
  }

  private static PyObject anyValue(Backend backend, Object value) {
    return switch (value) {
      case null -> backend.none();
      case PyObject object -> object;
      case Boolean b -> backend.bool(b);
      case Integer i -> backend.integer(i);
      case Long l -> backend.integer(l);
      case Short s -> backend.integer(s);
      case Byte b -> backend.integer(b);
      case BigInteger big -> backend.bigInteger(big);
      case Double d -> backend.floating(d);
      case Float f -> backend.floating(f);
      case String s -> backend.str(s);
      case Character c -> backend.str(c.toString());
      case byte[] bytes -> backend.bytes(bytes);
      case List<?> list -> {
        List<PyObject> items = new ArrayList<>(list.size());
        for (Object item : list) {
          items.add(anyValue(backend, item));
        }
        yield backend.list(items);
      }
      case Set<?> set -> {
        List<PyObject> items = new ArrayList<>(set.size());
        for (Object item : set) {
          items.add(anyValue(backend, item));
        }
        yield backend.set(items, false);
      }
      case Map<?, ?> map -> {
        PyDict dict = backend.dict();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          dict.put(anyValue(backend, entry.getKey()), anyValue(backend, entry.getValue()));
        }
        yield dict;
      }
      case Optional<?> optional -> anyValue(backend, optional.orElse(null));
      case BigDecimal decimal -> backend.standardValue(decimal);
      case Path path -> backend.standardValue(path);
      case LocalDate date -> backend.standardValue(date);
      case LocalTime time -> backend.standardValue(time);
      case LocalDateTime dateTime -> backend.standardValue(dateTime);
      case Instant instant -> backend.standardValue(instant);
      case Duration duration -> backend.standardValue(duration);
      default ->
          throw new PyTypeError(
              "cannot convert Java "
                  + value.getClass().getName()
                  + " to a Python object: use null, Boolean, Integer, Long, BigInteger, Double,"
                  + " String, byte[], List, Set, Map, Optional, BigDecimal, Path, LocalDate,"
                  + " LocalTime, LocalDateTime, Instant, Duration or a PyObject");
    };
  }
}
