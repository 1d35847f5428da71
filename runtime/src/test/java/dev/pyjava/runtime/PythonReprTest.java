package dev.pyjava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values are python3's {@code repr()} of the same values. */
class PythonReprTest {
  @Test
  void floatsLayOutLikePython() {
    String[][] cases = {
      {"1e+16", "1e16"}, {"1000000000000000.0", "1e15"}, {"0.0001", "0.0001"},
      {"1e-05", "0.00001"}, {"1.5e+300", "1.5e300"}, {"123456789.123", "123456789.123"},
      {"0.3333333333333333", Double.toString(1.0 / 3)}, {"5e-324", "4.9e-324"},
      {"1.7976931348623157e+308", "1.7976931348623157e308"}, {"10.0", "10"}, {"100.0", "100"},
      {"0.1", "0.1"}, {"1e+22", "1e22"}, {"1.0", "1"}, {"1.2345678901234568e+16", "12345678901234567"},
      {"9999999999999998.0", "9999999999999998"}, {"0.001", "0.001"}, {"2.5e-05", "2.5e-5"},
      {"-1.5", "-1.5"}, {"1e+100", "1e100"}, {"1.23e-18", "123e-20"},
    };
    for (String[] c : cases) {
      assertEquals(c[0], PythonRepr.floating(Double.parseDouble(c[1])), c[1]);
    }
    assertEquals("0.0", PythonRepr.floating(0.0));
    assertEquals("-0.0", PythonRepr.floating(-0.0));
    assertEquals("inf", PythonRepr.floating(Double.POSITIVE_INFINITY));
    assertEquals("-inf", PythonRepr.floating(Double.NEGATIVE_INFINITY));
    assertEquals("nan", PythonRepr.floating(Double.NaN));
  }

  @Test
  void stringsQuoteAndEscapeLikePython() {
    assertEquals("'abc'", PythonRepr.str("abc"));
    assertEquals("\"a'b\"", PythonRepr.str("a'b"));
    assertEquals("'a\"b'", PythonRepr.str("a\"b"));
    assertEquals("'a\\'\"b'", PythonRepr.str("a'\"b"));
    assertEquals(
        "'\\x00\\t\\n\\r\\x7f\\u200bé\\ud800\\\\'",
        PythonRepr.str("\u0000\t\n\r\u007f\u200bé\ud800\\"));
    assertEquals("'\\u2028 \\xa0 😀'", PythonRepr.str("\u2028 \u00a0 😀"));
  }

  @Test
  void bytesEscapeLikePython() {
    assertEquals("b'a\\'\\x00\\xff\"'", PythonRepr.bytes(new byte[] {'a', '\'', 0, -1, '"'}));
    assertEquals("b\"'\"", PythonRepr.bytes(new byte[] {'\''}));
    assertEquals("b'\\t\\n\\r\\\\\\x7f'", PythonRepr.bytes(new byte[] {'\t', '\n', '\r', '\\', 127}));
  }

  @Test
  void codePointEscapes() {
    assertEquals("\\xe9", PythonRepr.escaped(0xe9));
    assertEquals("\\u1234", PythonRepr.escaped(0x1234));
    assertEquals("\\U0001f600", PythonRepr.escaped(0x1f600));
  }
}
