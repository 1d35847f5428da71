package dev.pyjava.examples.conversions;

import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.runtime.PyObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Functions that take and return the scalar and collection types beyond the basic ones: {@code
 * float}, {@code short}, {@code byte}, {@code char}, their boxes, {@code BigInteger}, {@code
 * BigDecimal}, {@code Path}, the {@code java.time} types, {@code Set<T>}, maps with keys other
 * than {@code String}, records and {@code Object}. Each body uses its values as plain Java does,
 * so a {@code null} inside a collection would fail here, not at conversion.
 */
@PyModule(name = "pyjava_conversions")
public final class MoreConversions {
  private MoreConversions() {}

  /** The argument, back. */
  @PyFunction
  public static float echoFloat(float value) {
    return value;
  }

  /** The argument, back; None stays None. */
  @PyFunction
  public static Float echoBoxedFloat(Float value) {
    return value;
  }

  /** The bits of the {@code float} the argument became, to see its rounding. */
  @PyFunction
  public static int floatBits(float value) {
    return Float.floatToRawIntBits(value);
  }

  /** The argument, back. */
  @PyFunction
  public static short echoShort(short value) {
    return value;
  }

  /** The argument, back; None stays None. */
  @PyFunction
  public static Short echoBoxedShort(Short value) {
    return value;
  }

  /** The argument, back. */
  @PyFunction
  public static byte echoByte(byte value) {
    return value;
  }

  /** The argument, back; None stays None. */
  @PyFunction
  public static Byte echoBoxedByte(Byte value) {
    return value;
  }

  /** The argument, back. */
  @PyFunction
  public static char echoChar(char value) {
    return value;
  }

  /** The argument, back; None stays None. */
  @PyFunction
  public static Character echoBoxedChar(Character value) {
    return value;
  }

  /** The UTF-16 code unit of the argument. */
  @PyFunction
  public static int charCode(char value) {
    return value;
  }

  /** The character of a UTF-16 code unit, lone surrogates included. */
  @PyFunction
  public static char charOf(int code) {
    return (char) code;
  }

  /** The argument, back. */
  @PyFunction
  public static BigInteger echoBig(BigInteger value) {
    return value;
  }

  /** {@code value} squared, with Java's arithmetic. */
  @PyFunction
  public static BigInteger square(BigInteger value) {
    return value.multiply(value);
  }

  /** The defaults, as one string. */
  @PyFunction(signature = "(s=-2, b=127, f=0.5, c='x', big=1000000000000000000000000000000)")
  public static String defaults(short s, byte b, float f, char c, BigInteger big) {
    return s + " " + b + " " + f + " " + c + " " + big;
  }

  /**
   * Calls {@code during} once the numbers are converted, while this call is still under way: it
   * sees whether the list's items are still held.
   */
  @PyFunction
  public static int arrayThenCall(double[] values, PyObject during) {
    during.call();
    return values.length;
  }

  /** As {@link #arrayThenCall}, with strings into a {@code List<String>}. */
  @PyFunction
  public static int stringsThenCall(List<String> values, PyObject during) {
    during.call();
    return values.size();
  }

  /** The sum, unboxing every item. */
  @PyFunction
  public static double sum(List<Double> values) {
    double total = 0;
    for (double value : values) {
      total += value;
    }
    return total;
  }

  /** How many items are empty. */
  @PyFunction
  public static int countEmpty(List<Optional<Double>> values) {
    return (int) values.stream().filter(Optional::isEmpty).count();
  }

  /** The sum of the values, unboxing each. */
  @PyFunction
  public static long total(Map<String, Integer> counts) {
    long total = 0;
    for (int count : counts.values()) {
      total += count;
    }
    return total;
  }

  /** Each value's key, by value. */
  @PyFunction
  public static Map<Integer, String> invert(Map<String, Integer> byName) {
    Map<Integer, String> out = new LinkedHashMap<>();
    byName.forEach((name, number) -> out.put(number, name));
    return out;
  }

  /** The sum of keys times values, unboxing each: a key of another Java class would fail here. */
  @PyFunction
  public static double weighted(Map<Long, Double> values) {
    double total = 0;
    for (Map.Entry<Long, Double> entry : values.entrySet()) {
      long key = entry.getKey();
      double value = entry.getValue();
      total += key * value;
    }
    return total;
  }

  /** The argument, back. */
  @PyFunction
  public static Map<Character, Short> echoCharKeys(Map<Character, Short> values) {
    return values;
  }

  /** The argument, back. */
  @PyFunction
  public static Map<BigInteger, Boolean> echoBigKeys(Map<BigInteger, Boolean> values) {
    return values;
  }

  /** The argument, back. */
  @PyFunction
  public static Set<String> echoSet(Set<String> values) {
    return values;
  }

  /** The sum of the items, unboxing each. */
  @PyFunction
  public static long setSum(Set<Integer> values) {
    long total = 0;
    for (int value : values) {
      total += value;
    }
    return total;
  }

  /** The distinct characters of {@code text}, sorted. */
  @PyFunction
  public static Set<Character> letters(String text) {
    Set<Character> out = new TreeSet<>();
    for (char c : text.toCharArray()) {
      out.add(c);
    }
    return out;
  }

  /** Sets of sets: each inner set's size. */
  @PyFunction
  public static List<Integer> sizes(List<Set<Long>> sets) {
    return sets.stream().map(Set::size).toList();
  }

  /** A word found on a line, with an optional score: a tuple in Python. */
  public record Hit(String word, int line, Optional<Double> score) {}

  /** A first hit and the rest: records inside a record. */
  public record Span(Hit first, List<Hit> rest, Map<Character, Hit> byLetter) {}

  /** A hit with no score. */
  @PyFunction
  public static Hit hit(String word, int line) {
    return new Hit(word, line, Optional.empty());
  }

  /** A span of two scored hits. */
  @PyFunction
  public static Span span() {
    Hit a = new Hit("a", 1, Optional.of(0.5));
    Hit b = new Hit("b", 2, Optional.empty());
    return new Span(a, List.of(b), Map.of('b', b));
  }

  /** No record at all. */
  @PyFunction
  public static Optional<Hit> noHit() {
    return Optional.empty();
  }

  /** The Java value {@code value} became, its classes spelled out. */
  @PyFunction
  public static String describe(Object value) {
    return switch (value) {
      case null -> "null";
      case List<?> list ->
          "List" + list.stream().map(MoreConversions::describe).toList();
      case Set<?> set ->
          "Set" + set.stream().map(MoreConversions::describe).sorted().toList();
      case Map<?, ?> map -> {
        List<String> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(describe(k) + "=" + describe(v)));
        yield "Map" + entries;
      }
      case byte[] bytes -> "byte[" + bytes.length + "]";
      case PyObject object -> "PyObject(" + object.typeName() + ")";
      default -> value.getClass().getSimpleName() + ":" + value;
    };
  }

  /** The argument, back: its natural Java value, converted back as Python.toPython does. */
  @PyFunction(signature = "(value=None)")
  public static Object echoObject(Object value) {
    return value;
  }

  /** The default of an Object parameter, described. */
  @PyFunction(signature = "(value=10000000000000000000000)")
  public static String describeDefault(Object value) {
    return describe(value);
  }

  /** The argument, back. */
  @PyFunction
  public static BigDecimal echoDecimal(BigDecimal value) {
    return value;
  }

  /** {@code value} with its scale, as Java sees it. */
  @PyFunction
  public static String decimalParts(BigDecimal value) {
    return value.unscaledValue() + "e-" + value.scale();
  }

  /** The argument, back. */
  @PyFunction
  public static Path echoPath(Path value) {
    return value;
  }

  /** The file name of {@code path}, by Java. */
  @PyFunction
  public static String fileName(Path path) {
    return path.getFileName().toString();
  }

  /** The argument, back. */
  @PyFunction
  public static LocalDate echoDate(LocalDate value) {
    return value;
  }

  /** The argument, back. */
  @PyFunction
  public static LocalTime echoTime(LocalTime value) {
    return value;
  }

  /** The argument, back. */
  @PyFunction
  public static LocalDateTime echoDateTime(LocalDateTime value) {
    return value;
  }

  /** The argument, back. */
  @PyFunction
  public static Instant echoInstant(Instant value) {
    return value;
  }

  /** The instant's seconds and nanoseconds since the epoch, as Java sees them. */
  @PyFunction
  public static String epochParts(Instant value) {
    return value.getEpochSecond() + "s " + value.getNano() + "ns";
  }

  /** The instant of {@code epochSecond} and {@code nanos} after it. */
  @PyFunction
  public static Instant instantOf(long epochSecond, long nanos) {
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /** The argument, back. */
  @PyFunction
  public static Duration echoDuration(Duration value) {
    return value;
  }

  /** Java's ISO-8601 spelling of the duration. */
  @PyFunction
  public static String durationText(Duration value) {
    return value.toString();
  }

  /** The date of the year, month and day: Java's range is wider than Python's. */
  @PyFunction
  public static LocalDate dateOf(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** Days between two dates, keyed by the later one. */
  @PyFunction
  public static Map<LocalDate, Long> daysUntil(
      LocalDate start, Set<LocalDate> dates) {
    Map<LocalDate, Long> out = new TreeMap<>();
    for (LocalDate date : dates) {
      out.put(date, ChronoUnit.DAYS.between(start, date));
    }
    return out;
  }
}
