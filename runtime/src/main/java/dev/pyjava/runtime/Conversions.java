package dev.pyjava.runtime;

import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * {@code Optional.empty()}). A list takes a list or tuple; a map takes a dict with str keys.
   *
   * @param f the function, for messages; may be {@code null}
   * @param p the parameter, for messages; may be {@code null}
   * @throws PyTypeError {@code search() argument 'path' must be str, not int}, or {@code f()
   *     argument 'nums' item 1 must be int, not str} inside a container
   * @throws PyOverflowError when an int does not fit: {@code Python int too large to convert to C
   *     int}
   */
  public static Object toJava(PyObject value, TypeSpec type, FunctionDef f, Parameter p) {
    try {
      return convert(value, type);
    } catch (ConversionMismatch mismatch) {
      throw new PyTypeError(argumentName(f, p) + mismatch.detail());
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

  private static String argumentName(FunctionDef f, Parameter p) {
    String function = f == null ? "" : f.name() + "() ";
    return p == null ? function + "argument" : function + "argument " + PythonRepr.str(p.name());
  }

  private static Object convert(PyObject value, TypeSpec type) {
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
      case BYTES -> {
        if (!(value instanceof PyBytes b)) {
          throw mismatch(type, value);
        }
        yield b.toByteArray();
      }
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
      case ENUM -> {
        Object constant = ModuleEnums.toJava(value, type.instanceName());
        if (constant == null) {
          throw mismatch(type, value);
        }
        yield constant;
      }
      case VOID -> throw new IllegalArgumentException("VOID is a result type, not a parameter type");
      case ITERATOR ->
          throw new IllegalArgumentException("ITERATOR is a result type, not a parameter type");
    };
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

  private static List<Object> listOf(PyObject value, TypeSpec type) {
    IntFunction<PyObject> items;
    int size;
    if (value instanceof PyList list) {
      items = list::get;
      size = list.size();
    } else if (value instanceof PyTuple tuple) {
      items = tuple::get;
      size = tuple.size();
    } else {
      throw mismatch(type, value);
    }
    List<Object> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      try {
        out.add(convert(items.apply(i), type.element()));
      } catch (ConversionMismatch mismatch) {
        throw mismatch.inside("item " + i);
      }
    }
    return out;
  }

  private static Map<String, Object> mapOf(PyObject value, TypeSpec type) {
    if (!(value instanceof PyDict dict)) {
      throw mismatch(type, value);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (PyObject key : dict.keys()) {
      if (!(key instanceof PyStr name)) {
        throw new ConversionMismatch("str", key.typeName()).inside("key " + key.repr());
      }
      try {
        out.put(name.value(), convert(dict.get(key), type.element()));
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
          dict.put(anyValue(backend, entry.getKey()), result(backend, type.element(), entry.getValue()));
        }
        yield dict;
      }
      case OBJECT -> (PyObject) value;
      case INSTANCE -> backend.instance(value, type.instanceName());
      case ENUM -> ModuleEnums.toPython(backend, (Enum<?>) value, type.instanceName());
      case ITERATOR ->
          throw new IllegalArgumentException("iterators are converted by the backend");
      case VOID -> backend.none();
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
      case Map<?, ?> map -> {
        PyDict dict = backend.dict();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          dict.put(anyValue(backend, entry.getKey()), anyValue(backend, entry.getValue()));
        }
        yield dict;
      }
      case Optional<?> optional -> anyValue(backend, optional.orElse(null));
      default ->
          throw new PyTypeError(
              "cannot convert Java "
                  + value.getClass().getName()
                  + " to a Python object: use null, Boolean, Integer, Long, BigInteger, Double,"
                  + " String, byte[], List, Map, Optional or a PyObject");
    };
  }
}
