package dev.pyjava.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.processor.PythonLiteral.BoolLiteral;
import dev.pyjava.processor.PythonLiteral.FloatLiteral;
import dev.pyjava.processor.PythonLiteral.IntLiteral;
import dev.pyjava.processor.PythonLiteral.NoneLiteral;
import dev.pyjava.processor.PythonLiteral.StrLiteral;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected reprs are what CPython prints for {@code repr(value)}. */
class PythonLiteralTest {
  @ParameterizedTest
  @CsvSource({
    "10, 10.0",
    "1.5, 1.5",
    "-2.5, -2.5",
    "0.1, 0.1",
    "0, 0.0",
    "-0.0, -0.0",
    "1e15, 1000000000000000.0",
    "1e16, 1e+16",
    "1.5e300, 1.5e+300",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "123456789.123, 123456789.123",
    "1e999, inf",
  })
  void floatReprMatchesPython(double value, String repr) {
    assertEquals(repr, new FloatLiteral(value).repr());
  }

  @Test
  void strReprPicksQuotesAndEscapesLikePython() {
    assertEquals("'x'", new StrLiteral("x").repr());
    assertEquals("\"it's\"", new StrLiteral("it's").repr());
    assertEquals("'say \"hi\"'", new StrLiteral("say \"hi\"").repr());
    assertEquals("'it\\'s \"x\"'", new StrLiteral("it's \"x\"").repr());
    assertEquals("'a\\\\b\\n\\t\\r\\x00'", new StrLiteral("a\\b\n\t\r\0").repr());
  }

  @Test
  void otherReprs() {
    BigInteger big = new BigInteger("-12345678901234567890");
    assertEquals("-12345678901234567890", new IntLiteral(big).repr());
    assertEquals("True", new BoolLiteral(true).repr());
    assertEquals("False", new BoolLiteral(false).repr());
    assertEquals("None", new NoneLiteral().repr());
  }
}
