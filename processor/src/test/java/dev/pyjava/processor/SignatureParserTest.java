package dev.pyjava.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.processor.ParsedSignature.Item;
import dev.pyjava.processor.ParsedSignature.Name;
import dev.pyjava.processor.PythonLiteral.BoolLiteral;
import dev.pyjava.processor.PythonLiteral.FloatLiteral;
import dev.pyjava.processor.PythonLiteral.IntLiteral;
import dev.pyjava.processor.PythonLiteral.NoneLiteral;
import dev.pyjava.processor.PythonLiteral.StrLiteral;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureParserTest {
  @Test
  void parsesNamesMarkersAndDefaults() {
    assertEquals(
        List.of(
            new Name("path", null),
            new Name("search", null),
            new ParsedSignature.Slash(),
            new ParsedSignature.Star(),
            new Name("limit", new IntLiteral(BigInteger.TEN))),
        items("(path, search, /, *, limit=10)"));
  }

  @Test
  void allowsSpacesEverywhereAndATrailingComma() {
    assertEquals(
        List.of(new Name("a", new IntLiteral(BigInteger.ONE)), new Name("b", null)),
        items("  ( a = 1 ,b , )  "));
  }

  @Test
  void parsesAnEmptySignature() {
    assertEquals(List.of(), items("()"));
  }

  @Test
  void parsesEveryKindOfLiteral() {
    List<Item> items =
        items(
            "(a=-5, b=2.5, c=1e3, d=.5, e='it\\'s', f=\"q\\\"\\n\", g=True, h=False, i=None,"
                + " j=1_000, k=12345678901234567890)");
    assertEquals(
        List.of(
            new Name("a", new IntLiteral(BigInteger.valueOf(-5))),
            new Name("b", new FloatLiteral(2.5)),
            new Name("c", new FloatLiteral(1000.0)),
            new Name("d", new FloatLiteral(0.5)),
            new Name("e", new StrLiteral("it's")),
            new Name("f", new StrLiteral("q\"\n")),
            new Name("g", new BoolLiteral(true)),
            new Name("h", new BoolLiteral(false)),
            new Name("i", new NoneLiteral()),
            new Name("j", new IntLiteral(BigInteger.valueOf(1000))),
            new Name("k", new IntLiteral(new BigInteger("12345678901234567890")))),
        items);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "path, search       | 1  | expected '('",
        "(path              | 6  | expected ',' or ')' at the end",
        "(a b)              | 4  | expected ',' or ')'",
        "(                  | 2  | expected a parameter name, '/' or '*'",
        "(a) x              | 5  | unexpected text after ')'",
        "(,)                | 2  | expected a parameter name, '/' or '*'",
        "(1a)               | 2  | a parameter name cannot start with a digit",
        "(*args=1)          | 7  | *args cannot have a default",
        "(**kw=None)        | 6  | **kw cannot have a default",
        "(a=)               | 4  | expected a default value: an int, float, str, True, False",
        "(a=maybe)          | 4  | expected a default value: an int, float, str, True, False",
        "(a='open)          | 4  | string is not closed",
        "(a='\\q')          | 6  | unsupported escape \\q",
        "(a=007)            | 4  | leading zeros are not allowed in an int",
        "(a=1e)             | 6  | expected exponent digits",
        "(a=-)              | 5  | expected digits",
      })
  void reportsWhereAndWhyASignatureDoesNotParse(String text, int column, String reason) {
    ParsedSignature.Malformed malformed =
        assertInstanceOf(ParsedSignature.Malformed.class, SignatureParser.parse(text));
    assertEquals(column, malformed.column(), malformed.reason());
    assertTrue(malformed.reason().startsWith(reason), malformed.reason());
  }

  private static List<Item> items(String text) {
    return assertInstanceOf(ParsedSignature.Items.class, SignatureParser.parse(text)).items();
  }
}
