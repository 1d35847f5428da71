package dev.pyjava.examples.conversions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The generated test-scope {@code pyjava_conversions} module on the pure-Java backend: what {@code
 * test_conversions_more.py} checks in CPython, with the same values and messages.
 */
class MoreConversionsModuleTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  private static PyObject call(Python py, String function, Object... args) {
    return py.importModule("pyjava_conversions").getAttr(function).call(args);
  }

  private static String repr(Python py, String function, Object... args) {
    return call(py, function, args).repr();
  }

  private static <E extends PyException> String error(
      Class<E> type, Python py, String function, Object... args) {
    return assertThrows(type, () -> call(py, function, args)).message();
  }

  private static Set<Object> setOf(Object... items) {
    return new LinkedHashSet<>(Arrays.asList(items));
  }

  @Test
  void floatsAreRoundedToSinglePrecisionBothWays() {
    gil(
        py -> {
          assertEquals(Double.toString((float) 0.1), repr(py, "echo_float", 0.1));
          assertEquals("1.5", repr(py, "echo_float", 1.5));
          assertEquals("2.0", repr(py, "echo_float", 2));
          assertEquals("2139095040", repr(py, "float_bits", 1e300));
          assertEquals("None", repr(py, "echo_boxed_float", (Object) null));
          assertEquals(
              "echo_float() argument 'value' must be float, not str",
              error(PyTypeError.class, py, "echo_float", "1.5"));
        });
  }

  @Test
  void shortsAndBytesAreRangeCheckedWithCPythonsMessages() {
    gil(
        py -> {
          assertEquals("-32768", repr(py, "echo_short", -32768));
          assertEquals("1", repr(py, "echo_short", true));
          assertEquals("127", repr(py, "echo_byte", 127));
          assertEquals("None", repr(py, "echo_boxed_byte", (Object) null));
          assertEquals(
              "signed short integer is greater than maximum",
              error(PyOverflowError.class, py, "echo_short", 32768));
          assertEquals(
              "signed short integer is less than minimum",
              error(PyOverflowError.class, py, "echo_short", -32769));
          assertEquals(
              "signed byte integer is greater than maximum",
              error(PyOverflowError.class, py, "echo_byte", 128));
          assertEquals(
              "signed byte integer is less than minimum",
              error(PyOverflowError.class, py, "echo_boxed_byte", -129));
          assertEquals(
              "Python int too large to convert to C long",
              error(PyOverflowError.class, py, "echo_short", BigInteger.TWO.pow(64)));
          assertEquals(
              "echo_short() argument 'value' must be int, not float",
              error(PyTypeError.class, py, "echo_short", 1.0));
        });
  }

  @Test
  void charsAreOneCharacterStrs() {
    gil(
        py -> {
          assertEquals("'x'", repr(py, "echo_char", "x"));
          assertEquals("'y'", repr(py, "echo_char", 'y'));
          assertEquals("65535", repr(py, "char_code", "\uffff"));
          assertEquals("None", repr(py, "echo_boxed_char", (Object) null));
          for (Object wrong : new Object[] {"", "ab", 65}) {
            assertEquals(
                "echo_char() argument 'value' must be a unicode character, not "
                    + (wrong instanceof String ? "str" : "int"),
                error(PyTypeError.class, py, "echo_char", wrong));
          }
          assertEquals(
              "character U+1f600 is not in range [U+0000; U+ffff]",
              error(PyValueError.class, py, "echo_char", "\uD83D\uDE00"));
        });
  }

  @Test
  void bigIntegersTakeAnyInt() {
    gil(
        py -> {
          BigInteger big = BigInteger.TWO.pow(200).negate();
          assertEquals(big.toString(), repr(py, "echo_big", big));
          assertEquals("7", repr(py, "echo_big", 7));
          assertEquals(
              BigInteger.TEN.pow(80).toString(), repr(py, "square", BigInteger.TEN.pow(40)));
          assertEquals(
              "echo_big() argument 'value' must be int, not float",
              error(PyTypeError.class, py, "echo_big", 1.0));
          assertEquals(
              "-2 127 0.5 x 1000000000000000000000000000000", call(py, "defaults").str());
        });
  }

  @Test
  void noneInsideACollectionIsATypeErrorNamingTheArgumentAndIndex() {
    gil(
        py -> {
          List<Object> withNone = new ArrayList<>(Arrays.asList(1.0, null));
          assertEquals(
              "sum() argument 'values' item 1 must be float, not NoneType",
              error(PyTypeError.class, py, "sum", withNone));
          assertEquals("1", repr(py, "count_empty", withNone));
          Map<String, Object> counts = new LinkedHashMap<>();
          counts.put("a", 1);
          counts.put("b", null);
          assertEquals(
              "total() argument 'counts' value for key 'b' must be int, not NoneType",
              error(PyTypeError.class, py, "total", counts));
          assertEquals(
              "set_sum() argument 'values' item None must be int, not NoneType",
              error(PyTypeError.class, py, "set_sum", setOf(1, null)));
        });
  }

  @Test
  void mapKeysOfAnyHashableTypeCrossBothWays() {
    gil(
        py -> {
          Map<String, Integer> byName = new LinkedHashMap<>();
          byName.put("a", 1);
          byName.put("b", 2);
          assertEquals("{1: 'a', 2: 'b'}", repr(py, "invert", byName));
          assertEquals("9.0", repr(py, "weighted", Map.of(2, 1.5, 3, 2)));
          assertEquals("{'a': 1}", repr(py, "echo_char_keys", Map.of('a', 1)));
          BigInteger big = BigInteger.TWO.pow(100);
          assertEquals("{" + big + ": True}", repr(py, "echo_big_keys", Map.of(big, true)));
          assertEquals(
              "weighted() argument 'values' key 'a' must be int, not str",
              error(PyTypeError.class, py, "weighted", Map.of("a", 1.0)));
          assertEquals(
              "echo_char_keys() argument 'values' key 'ab' must be a unicode character, not str",
              error(PyTypeError.class, py, "echo_char_keys", Map.of("ab", 1)));
          PyDict dict = call(py, "invert", Map.of("a", 1)).cast(PyDict.class);
          assertEquals("int", dict.keys().get(0).typeName());
        });
  }

  @Test
  void setsCrossBothWays() {
    gil(
        py -> {
          PyObject result = call(py, "echo_set", setOf("a", "b"));
          assertEquals("set", result.typeName());
          assertEquals("{'a', 'b'}", result.repr());
          assertEquals("set()", repr(py, "echo_set", Set.of()));
          assertEquals("6", repr(py, "set_sum", setOf(1, 2, 3)));
          assertEquals("{'a', 'b', 'n'}", repr(py, "letters", "banana"));
          assertEquals("[2, 0]", repr(py, "sizes", List.of(setOf(1L, 2L), Set.of())));
          assertEquals(
              "echo_set() argument 'values' must be set[str], not list",
              error(PyTypeError.class, py, "echo_set", List.of("a")));
          assertEquals(
              "echo_set() argument 'values' item 1 must be str, not int",
              error(PyTypeError.class, py, "echo_set", setOf("a", 1)));
          assertEquals(
              "unhashable type: 'list'",
              assertThrows(PyTypeError.class, () -> py.toPython(Set.of(List.of(1)))).message());
        });
  }

  @Test
  void recordsAreTuplesOfTheirComponents() {
    gil(
        py -> {
          PyObject hit = call(py, "hit", "w", 3);
          assertEquals("tuple", hit.typeName());
          assertEquals("('w', 3, None)", hit.repr());
          assertEquals(
              "(('a', 1, 0.5), [('b', 2, None)], {'b': ('b', 2, None)})", repr(py, "span"));
        });
  }

  @Test
  void objectsAreNaturalJavaValues() {
    gil(
        py -> {
          assertEquals("Long:7", call(py, "describe", 7).str());
          assertEquals("Boolean:true", call(py, "describe", true).str());
          assertEquals(
              "List[Double:1.5, String:s, null]",
              call(py, "describe", py.tuple(1.5, "s", null)).str());
          assertEquals("Set[Long:1]", call(py, "describe", setOf(1)).str());
          PyObject function = py.importModule("pyjava_conversions").getAttr("describe");
          assertEquals(
              "PyObject(builtin_function_or_method)", call(py, "describe", function).str());
          assertEquals("[1, 2]", repr(py, "echo_object", py.tuple(1, 2)));
          assertEquals("None", repr(py, "echo_object"));
        });
  }

  @Test
  void standardLibraryValuesCrossWithPythonsReprs() {
    gil(
        py -> {
          assertEquals("Decimal('1.50')", repr(py, "echo_decimal", new BigDecimal("1.50")));
          assertEquals("150e-2", call(py, "decimal_parts", new BigDecimal("1.50")).str());
          assertEquals("Decimal('7')", repr(py, "echo_decimal", 7));
          assertEquals(
              "echo_decimal() argument 'value' must be decimal.Decimal, not float",
              error(PyTypeError.class, py, "echo_decimal", 1.5));
          assertEquals("PosixPath('/tmp/a b')", repr(py, "echo_path", "/tmp/a b"));
          assertEquals("c.txt", call(py, "file_name", Path.of("x", "c.txt")).str());
          assertEquals(
              "echo_path() argument 'value' must be str or os.PathLike, not int",
              error(PyTypeError.class, py, "echo_path", 1));
          assertEquals(
              "datetime.date(2024, 2, 29)", repr(py, "echo_date", LocalDate.of(2024, 2, 29)));
          assertEquals("datetime.time(0, 0)", repr(py, "echo_time", LocalTime.MIDNIGHT));
          assertEquals(
              "datetime.datetime(2024, 1, 2, 3, 4, 5, 6)",
              repr(py, "echo_date_time", LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_999)));
          PyObject epoch = call(py, "instant_of", 0, 1_999);
          assertEquals(
              "datetime.datetime(1970, 1, 1, 0, 0, 0, 1, tzinfo=datetime.timezone.utc)",
              epoch.repr());
          assertEquals("1970-01-01 00:00:00.000001+00:00", epoch.str());
          assertEquals(
              "datetime.timedelta(days=-1, seconds=86340, microseconds=5)",
              repr(py, "echo_duration", Duration.ofSeconds(-60, 5_000)));
          PyObject minute = call(py, "echo_duration", Duration.ofSeconds(-60, 5_000));
          assertEquals("PT-59.999995S", call(py, "duration_text", minute).str());
          assertEquals(
              "echo_date() argument 'value' must be datetime.date, not datetime",
              error(PyTypeError.class, py, "echo_date", LocalDateTime.of(2024, 1, 1, 0, 0)));
          assertEquals("year 0 is out of range", error(PyValueError.class, py, "date_of", 0, 1, 1));
          assertEquals(
              "date value out of range",
              error(PyOverflowError.class, py, "instant_of", -1_000_000_000_000L, 0));
        });
  }
}
