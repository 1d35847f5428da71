package dev.pyjava.examples.signatures;

import dev.pyjava.annotations.AllowThreads;
import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstant;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyKeyError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signatures with {@code *args} and {@code **kwargs}, module constants and module exception
 * classes, for the tests.
 */
@PyModule(name = "signatures")
public final class Signatures {
  /** A str constant. */
  @PyConstant public static final String VERSION = "1.0";

  /** An int constant. */
  @PyConstant public static final int ANSWER = 42;

  /** A float constant. */
  @PyConstant public static final double RATIO = 0.5;

  /** A list constant. */
  @PyConstant public static final List<String> NAMES = List.of("a", "b");

  /** A dict constant. */
  @PyConstant public static final Map<String, Long> LIMITS = Map.of("max", 10L);

  /** An empty optional: None. */
  @PyConstant(name = "NOTHING")
  public static final Optional<String> NO_VALUE = Optional.empty();

  private Signatures() {}

  /** Shows how the arguments were bound. */
  @PyFunction(signature = "(a, *args, b=1, **kwargs)")
  public static String describe(int a, List<Integer> args, int b, Map<String, Integer> kwargs) {
    return a + " " + args + " " + b + " " + kwargs;
  }

  /** The positional arguments, as they came. */
  @PyFunction(signature = "(*items)")
  public static List<PyObject> echo(List<PyObject> items) {
    return items;
  }

  /** The keyword arguments, as they came. */
  @PyFunction(signature = "(**options)")
  public static Map<String, PyObject> options(Map<String, PyObject> options) {
    return options;
  }

  /** {@code prefix} then the words, joined by {@code sep}. */
  @PyFunction(signature = "(prefix, /, *words, sep=' ')")
  public static String join(String prefix, List<String> words, String sep) {
    return prefix + ":" + String.join(sep, words);
  }

  /** The sum of the numbers, with the GIL released. */
  @PyFunction(signature = "(*numbers)")
  @AllowThreads
  public static long total(List<Long> numbers) {
    return numbers.stream().mapToLong(Long::longValue).sum();
  }

  /** Raised for a signature that does not fit. */
  @PyClass
  public static class SignatureError extends PyValueError {
    /** An error saying {@code message}. */
    public SignatureError(String message) {
      super(message);
    }
  }

  /** A stricter {@link SignatureError}. */
  @PyClass(name = "StrictError")
  public static final class StrictSignatureError extends SignatureError {
    /** An error saying {@code message}. */
    public StrictSignatureError(String message) {
      super(message);
    }
  }

  /** A lookup that found nothing: a module exception class subclassing KeyError. */
  @PyClass
  public static final class MissingName extends PyKeyError {
    /** No such {@code name}. */
    public MissingName(String name) {
      super(name);
    }
  }

  /**
   * Throws what {@code kind} names: {@code signature}, {@code strict}, {@code missing}, or
   * {@code json} (another module's exception, with its constructor's arguments), {@code
   * json-message} (the same with only a message), {@code dom} (a module not imported yet),
   * {@code nowhere} (a module that does not exist).
   */
  @PyFunction
  public static void fail(String kind, String message) {
    throw switch (kind) {
      case "signature" -> new SignatureError(message);
      case "strict" -> new StrictSignatureError(message);
      case "missing" -> new MissingName(message);
      case "json" -> new PyException("json.JSONDecodeError", message, List.of(message, "[}", 1));
      case "json-message" -> new PyException("json.JSONDecodeError", message, List.of());
      case "dom" -> new PyException("xml.dom.NotFoundErr", message, List.of(message));
      case "nowhere" -> new PyException("no_such_module_anywhere.Error", message, List.of());
      default -> new IllegalArgumentException("unknown kind " + kind);
    };
  }

  /** A compass direction: an enum.Enum subclass in Python. */
  @PyClass
  public enum Direction {
    NORTH,
    EAST,
    SOUTH,
    WEST
  }

  /** The direction a quarter turn clockwise from {@code heading}. */
  @PyFunction
  public static Direction turn(Direction heading) {
    return Direction.values()[(heading.ordinal() + 1) % Direction.values().length];
  }

  /** Every direction, in order. */
  @PyFunction
  public static List<Direction> directions() {
    return List.of(Direction.values());
  }

  /** The name of {@code heading}, or {@code "none"}. */
  @PyFunction(signature = "(heading=None)")
  public static String headingName(Optional<Direction> heading) {
    return heading.map(Direction::name).orElse("none");
  }

  /** Collects strings: varargs in a constructor and a method. */
  @PyClass
  public static final class Collector {
    private final List<String> parts;

    /** Starts with {@code parts}. */
    @PyConstructor(signature = "(*parts)")
    public Collector(List<String> parts) {
      this.parts = new ArrayList<>(parts);
    }

    /** Adds {@code more}, then each tag as {@code key=value}; everything so far. */
    @PyFunction(signature = "(*more, **tags)")
    public List<String> add(List<String> more, Map<String, String> tags) {
      parts.addAll(more);
      tags.forEach((key, value) -> parts.add(key + "=" + value));
      return List.copyOf(parts);
    }
  }
}
