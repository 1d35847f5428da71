package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value of a Python standard-library type, holding its Java value: {@code decimal.Decimal}
 * ({@code BigDecimal}), {@code pathlib.PosixPath} ({@code Path}), {@code datetime.date}, {@code
 * time}, {@code datetime} (a {@code LocalDateTime}, or an {@code Instant} for one aware in UTC)
 * and {@code timedelta} ({@code Duration}), with Python's repr and str, its microsecond precision
 * and its ranges. Immutable and hashable, equal to the same value of the same type.
 */
final class PureJavaStandardValue extends PureJavaObject {
  private static final int MIN_YEAR = 1;
  private static final int MAX_YEAR = 9999;
  private static final long MAX_DAYS = 999_999_999;

  private final Object value;

  private PureJavaStandardValue(PureJavaBackend backend, Object value) {
    super(backend);
    this.value = value;
  }

  /**
   * The Python value of {@code value}, at Python's precision.
   *
   * @throws PyValueError for a year outside 1 to 9999, as {@code datetime.date} raises it
   * @throws PyOverflowError for an instant or duration beyond Python's range
   */
  static PureJavaStandardValue of(PureJavaBackend backend, Object value) {
    Object held =
        switch (value) {
          case LocalDate date -> checkYear(date.getYear(), date);
          case LocalTime time -> time.truncatedTo(ChronoUnit.MICROS);
          case LocalDateTime dateTime ->
              checkYear(dateTime.getYear(), dateTime.truncatedTo(ChronoUnit.MICROS));
          case Instant instant -> checkInstant(instant.truncatedTo(ChronoUnit.MICROS));
          case Duration duration -> checkDuration(duration.truncatedTo(ChronoUnit.MICROS));
          case BigDecimal decimal -> decimal;
          case Path path -> path;
          default ->
              throw new IllegalArgumentException(
                  "not a standard-library value: " + value.getClass().getName());
        };
    return new PureJavaStandardValue(backend, held);
  }

  /** The Java value. */
  Object value() {
    return value;
  }

  @Override
  String type() {
    return switch (value) {
      case BigDecimal _ -> "Decimal";
      case Path _ -> "PosixPath";
      case LocalDate _ -> "date";
      case LocalTime _ -> "time";
      case Duration _ -> "timedelta";
      default -> "datetime";
    };
  }

  @Override
  String typeFullName() {
    return switch (value) {
      case BigDecimal _ -> "decimal.Decimal";
      case Path _ -> "pathlib.PosixPath";
      default -> "datetime." + type();
    };
  }

  @Override
  String computeRepr() {
    return switch (value) {
      case BigDecimal decimal -> "Decimal('" + decimal + "')";
      case Path path -> "PosixPath('" + path + "')";
      case LocalDate date -> "datetime.date(" + dateFields(date) + ")";
      case LocalTime time -> "datetime.time(" + timeFields(time) + ")";
      case LocalDateTime dateTime ->
          "datetime.datetime("
              + dateFields(dateTime.toLocalDate())
              + ", "
              + timeFields(dateTime.toLocalTime())
              + ")";
      case Instant instant -> {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        yield "datetime.datetime("
            + dateFields(utc.toLocalDate())
            + ", "
            + timeFields(utc.toLocalTime())
            + ", tzinfo=datetime.timezone.utc)";
      }
      case Duration duration -> durationRepr(duration);
      default -> throw new IllegalStateException("unreachable");
    };
  }

  @Override
  String computeStr() {
    return switch (value) {
      case LocalTime time -> timeStr(time);
      case LocalDateTime dateTime ->
          dateTime.toLocalDate() + " " + timeStr(dateTime.toLocalTime());
      case Instant instant -> {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        yield utc.toLocalDate() + " " + timeStr(utc.toLocalTime()) + "+00:00";
      }
      case Duration duration -> durationStr(duration);
      default -> value.toString();
    };
  }

  @Override
  boolean truth() {
    return switch (value) {
      case BigDecimal decimal -> decimal.signum() != 0;
      case Duration duration -> !duration.isZero();
      default -> true;
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PureJavaStandardValue v && value.equals(v.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  private static <T> T checkYear(int year, T value) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new PyValueError("year " + year + " is out of range");
    }
    return value;
  }

  private static Instant checkInstant(Instant instant) {
    int year = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).getYear();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new PyOverflowError("date value out of range");
    }
    return instant;
  }

  private static Duration checkDuration(Duration duration) {
    long days = Math.floorDiv(duration.getSeconds(), 86_400);
    if (Math.abs(days) > MAX_DAYS) {
      throw new PyOverflowError("days=" + days + "; must have magnitude <= " + MAX_DAYS);
    }
    return duration;
  }

  private static String dateFields(LocalDate date) {
    return date.getYear() + ", " + date.getMonthValue() + ", " + date.getDayOfMonth();
  }

  /** Python's {@code time} fields: trailing zero seconds and microseconds left out. */
  private static String timeFields(LocalTime time) {
    int micros = time.getNano() / 1_000;
    List<Integer> fields = new ArrayList<>(List.of(time.getHour(), time.getMinute()));
    if (time.getSecond() != 0 || micros != 0) {
      fields.add(time.getSecond());
    }
    if (micros != 0) {
      fields.add(micros);
    }
    return String.join(", ", fields.stream().map(String::valueOf).toList());
  }

  private static String timeStr(LocalTime time) {
    String text =
        String.format(
            Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
    int micros = time.getNano() / 1_000;
    return micros == 0 ? text : text + String.format(Locale.ROOT, ".%06d", micros);
  }

  /** {@code datetime.timedelta(days=1, seconds=2, microseconds=3)}, zeros left out. */
  private static String durationRepr(Duration duration) {
    long days = Math.floorDiv(duration.getSeconds(), 86_400);
    long seconds = Math.floorMod(duration.getSeconds(), 86_400);
    int micros = duration.getNano() / 1_000;
    List<String> parts = new ArrayList<>();
    if (days != 0) {
      parts.add("days=" + days);
    }
    if (seconds != 0) {
      parts.add("seconds=" + seconds);
    }
    if (micros != 0) {
      parts.add("microseconds=" + micros);
    }
    return "datetime.timedelta(" + (parts.isEmpty() ? "0" : String.join(", ", parts)) + ")";
  }

  /** {@code 1 day, 0:00:02.000003}, as Python prints a timedelta. */
  private static String durationStr(Duration duration) {
    long days = Math.floorDiv(duration.getSeconds(), 86_400);
    long seconds = Math.floorMod(duration.getSeconds(), 86_400);
    int micros = duration.getNano() / 1_000;
    String clock =
        String.format(
                Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            + (micros == 0 ? "" : String.format(Locale.ROOT, ".%06d", micros));
    if (days == 0) {
      return clock;
    }
    return days + (Math.abs(days) == 1 ? " day, " : " days, ") + clock;
  }
}
