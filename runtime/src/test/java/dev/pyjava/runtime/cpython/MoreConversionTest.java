package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.TypeSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scalars, sets, keyed maps, records and standard-library values of the CPython backend
 * embedded in Java, with CPython's own errors. The test interpreter is not the process's backend
 * (see {@link CPythonSupport}), so only what needs no installed backend is here: scalars and map
 * keys both ways, the rest as results; {@code test_conversions_more.py} covers every direction.
 */
class MoreConversionTest {
  private static FunctionDef echo(String name, TypeSpec type) {
    return FunctionDef.builder(name).parameter("value", type).returns(type).build((py, a) -> a[0]);
  }

  private static FunctionDef constant(String name, TypeSpec type, Object value) {
    return FunctionDef.builder(name).returns(type).build((py, a) -> value);
  }

  static final ModuleDef MODULE =
      new ModuleDef(
          "cpython_conversions_more",
          null,
          List.of(
              echo("echo_float", TypeSpec.FLOAT),
              echo("echo_short", TypeSpec.SHORT),
              echo("echo_byte", TypeSpec.BOXED_BYTE),
              echo("echo_char", TypeSpec.CHAR),
              echo("echo_big", TypeSpec.BIG_INTEGER),
              echo(
                  "echo_keys",
                  TypeSpec.map(TypeSpec.BOXED_INT, TypeSpec.list(TypeSpec.BOXED_DOUBLE))),
              echo("echo_any", TypeSpec.ANY),
              constant("a_set", TypeSpec.set(TypeSpec.STRING), new TreeSet<>(Set.of("b", "a"))),
              constant("a_decimal", TypeSpec.DECIMAL, new BigDecimal("-1.250")),
              constant("a_date", TypeSpec.DATE, LocalDate.of(2024, 2, 29)),
              constant("an_instant", TypeSpec.INSTANT, Instant.ofEpochSecond(86_400, 5_000)),
              constant("a_duration", TypeSpec.DURATION, Duration.ofMillis(-1)),
              constant(
                  "a_record",
                  TypeSpec.record(
                      List.of(TypeSpec.STRING, TypeSpec.map(TypeSpec.CHAR, TypeSpec.INT)),
                      r -> new Object[] {"r", new TreeMap<>(Map.of('x', 1))}),
                  new Object())));

  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void scalarsAndKeyedMapsCrossBothWaysWithCPythonsErrors() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_conversions_more as m
                  def error(f, v):
                      try:
                          f(v)
                      except (TypeError, OverflowError, ValueError) as x:
                          return type(x).__name__ + ': ' + str(x)
                  values = [m.echo_float(0.1) == 0.10000000149011612, m.echo_short(-32768),
                            m.echo_byte(None), m.echo_char('\\u00e9'), m.echo_big(-2**100),
                            m.echo_keys({1: [0.5], -2: []}), m.echo_any((1, 'a', {2}))]
                  errors = [error(m.echo_short, 2**15), error(m.echo_byte, -129),
                            error(m.echo_char, 'ab'), error(m.echo_char, '\\U0001f600'),
                            error(m.echo_keys, {'k': []}), error(m.echo_keys, {1: [None]})]
                  """);
          assertEquals(
              "[True, -32768, None, 'é', -1267650600228229401496703205376,"
                  + " {1: [0.5], -2: []}, [1, 'a', {2}]]",
              text(py, ns, "values"));
          assertEquals(
              "['OverflowError: signed short integer is greater than maximum',"
                  + " 'OverflowError: signed byte integer is less than minimum',"
                  + " \"TypeError: echo_char() argument 'value' must be a unicode character, not"
                  + " str\", 'ValueError: character U+1f600 is not in range [U+0000; U+ffff]',"
                  + " \"TypeError: echo_keys() argument 'value' key 'k' must be int, not str\","
                  + " \"TypeError: echo_keys() argument 'value' value for key 1 item 0 must be"
                  + " float, not NoneType\"]",
              text(py, ns, "errors"));
        });
  }

  @Test
  void setsRecordsAndStandardLibraryValuesAreResultsOfPythonsOwnTypes() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_conversions_more as m
                  values = [type(m.a_set()).__name__, sorted(m.a_set()), m.a_decimal(), m.a_date(),
                            m.an_instant(), m.a_duration(), m.a_record()]
                  """);
          assertEquals(
              "['set', ['a', 'b'], Decimal('-1.250'), datetime.date(2024, 2, 29),"
                  + " datetime.datetime(1970, 1, 2, 0, 0, 0, 5, tzinfo=datetime.timezone.utc),"
                  + " datetime.timedelta(days=-1, seconds=86399, microseconds=999000),"
                  + " ('r', {'x': 1})]",
              text(py, ns, "values"));
        });
  }
}
