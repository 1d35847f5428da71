package dev.pyjava.runtime;

import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Java values of Python standard-library types, built and read through Python itself ({@code
 * decimal}, {@code os}, {@code pathlib}, {@code datetime}) with nothing but the {@link PyObject}
 * API: what {@link Backend#standardValue} and {@link Backend#standardJava} do by default, so a
 * backend that runs real Python code needs nothing of its own. Sub-microsecond nanoseconds are
 * dropped on the way to Python, whose types stop at microseconds.
 */
final class StandardValues {
  private static final long SECONDS_PER_DAY = 86_400;
  private static final int NANOS_PER_MICRO = 1_000;

  private StandardValues() {}

  /** The Python object of a {@code BigDecimal}, {@code Path} or {@code java.time} value. */
  static PyObject toPython(Backend backend, Object value) {
    return switch (value) {
      case BigDecimal decimal ->
          attribute(backend, "decimal", "Decimal").call(decimal.toString());
      case Path path -> attribute(backend, "pathlib", "Path").call(path.toString());
      case LocalDate date ->
          attribute(backend, "datetime", "date")
              .call(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
      case LocalTime time ->
          attribute(backend, "datetime", "time")
              .call(
                  time.getHour(),
                  time.getMinute(),
                  time.getSecond(),
                  time.getNano() / NANOS_PER_MICRO);
      case LocalDateTime dateTime ->
          attribute(backend, "datetime", "datetime")
              .call(
                  dateTime.getYear(),
                  dateTime.getMonthValue(),
                  dateTime.getDayOfMonth(),
                  dateTime.getHour(),
                  dateTime.getMinute(),
                  dateTime.getSecond(),
                  dateTime.getNano() / NANOS_PER_MICRO);
      case Instant instant ->
          epoch(backend)
              .getAttr("__add__")
              .call(
                  attribute(backend, "datetime", "timedelta")
                      .call(0, instant.getEpochSecond(), instant.getNano() / NANOS_PER_MICRO));
      case Duration duration ->
          attribute(backend, "datetime", "timedelta")
              .call(0, duration.getSeconds(), duration.getNano() / NANOS_PER_MICRO);
      default ->
          throw new IllegalArgumentException(
              "not a standard-library value: " + value.getClass().getName());
    };
  }

  /**
   * {@code value} as a {@code javaType} ({@code BigDecimal}, {@code Path} or a {@code java.time}
   * type), or {@code null} when it is not a Python value of the matching type.
   *
   * @throws ConversionMismatch for a naive datetime where an aware one is needed, and back
   * @throws PyValueError for a Decimal that is not finite, or a path Java cannot hold
   */
  static Object toJava(Backend backend, PyObject value, Class<?> javaType) {
    if (javaType == BigDecimal.class) {
      return decimal(backend, value);
    }
    if (javaType == Path.class) {
      return path(backend, value);
    }
    if (javaType == Duration.class) {
      return isInstance(backend, value, "timedelta")
          ? Duration.ofDays(integer(value, "days"))
              .plusSeconds(integer(value, "seconds"))
              .plusNanos(integer(value, "microseconds") * NANOS_PER_MICRO)
          : null;
    }
    boolean dateTime = isInstance(backend, value, "datetime");
    if (javaType == LocalDate.class) {
      return isInstance(backend, value, "date") && !dateTime ? date(value) : null;
    }
    if (javaType == LocalTime.class) {
      if (!isInstance(backend, value, "time")) {
        return null;
      }
      requireNaive(value, "time");
      return time(value);
    }
    if (!dateTime) {
      return null;
    }
    if (javaType == LocalDateTime.class) {
      requireNaive(value, "datetime");
      return LocalDateTime.of(date(value), time(value));
    }
    if (value.getAttr("utcoffset").call().isNone()) {
      throw new ConversionMismatch("an aware datetime.datetime", "a naive datetime.datetime");
    }
    PyObject sinceEpoch = value.getAttr("__sub__").call(epoch(backend));
    return Instant.ofEpochSecond(
        integer(sinceEpoch, "days") * SECONDS_PER_DAY + integer(sinceEpoch, "seconds"),
        integer(sinceEpoch, "microseconds") * NANOS_PER_MICRO);
  }

  private static BigDecimal decimal(Backend backend, PyObject value) {
    if (value instanceof PyLong l && !"bool".equals(value.typeName())) {
      return new BigDecimal(l.bigValue());
    }
    if (!isInstance(backend, value, attribute(backend, "decimal", "Decimal"))) {
      return null;
    }
    if (!value.getAttr("is_finite").call().isTrue()) {
      throw new PyValueError("cannot convert " + value.str() + " to BigDecimal");
    }
    return new BigDecimal(value.str());
  }

  private static Path path(Backend backend, PyObject value) {
    PyObject name = value;
    if (!(value instanceof PyStr)) {
      try {
        name = attribute(backend, "os", "fspath").call(value);
      } catch (PyTypeError notPathLike) {
        return null;
      }
    }
    if (!(name instanceof PyStr text)) {
      return null;
    }
    try {
      return Path.of(text.value());
    } catch (InvalidPathException e) {
      throw new PyValueError("path " + name.repr() + " cannot be a Java Path: " + e.getReason());
    }
  }

  private static LocalDate date(PyObject value) {
    return LocalDate.of(
        (int) integer(value, "year"), (int) integer(value, "month"), (int) integer(value, "day"));
  }

  private static LocalTime time(PyObject value) {
    return LocalTime.of(
        (int) integer(value, "hour"),
        (int) integer(value, "minute"),
        (int) integer(value, "second"),
        (int) integer(value, "microsecond") * NANOS_PER_MICRO);
  }

  private static void requireNaive(PyObject value, String type) {
    if (!value.getAttr("utcoffset").call().isNone()) {
      throw new ConversionMismatch(
          "a naive datetime." + type, "an aware datetime." + type);
    }
  }

  /** 1970-01-01 00:00 UTC, aware. */
  private static PyObject epoch(Backend backend) {
    PyObject utc = attribute(backend, "datetime", "timezone").getAttr("utc");
    return attribute(backend, "datetime", "datetime")
        .call(List.of(1970, 1, 1), Map.of("tzinfo", utc));
  }

  private static long integer(PyObject value, String name) {
    return value.getAttr(name).cast(PyLong.class).longValue();
  }

  private static boolean isInstance(Backend backend, PyObject value, String datetimeType) {
    return isInstance(backend, value, attribute(backend, "datetime", datetimeType));
  }

  private static boolean isInstance(Backend backend, PyObject value, PyObject type) {
    return attribute(backend, "builtins", "isinstance").call(value, type).isTrue();
  }

  private static PyObject attribute(Backend backend, String module, String name) {
    return backend.importModule(module).getAttr(name);
  }
}
