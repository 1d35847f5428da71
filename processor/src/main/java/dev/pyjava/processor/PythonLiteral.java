package dev.pyjava.processor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/** A default value in a signature: a Python int, float, str, bool or None literal. */
sealed interface PythonLiteral {
  /** The literal as Python's {@code repr} shows it, e.g. {@code 10}, {@code 'x'}, {@code 1e+16}. */
  String repr();

  /** An {@code int} literal. */
  record IntLiteral(BigInteger value) implements PythonLiteral {
    @Override
    public String repr() {
      return value.toString();
    }
  }

  /** A {@code float} literal. */
  record FloatLiteral(double value) implements PythonLiteral {
    @Override
    public String repr() {
      return floatRepr(value);
    }
  }

  /** A {@code str} literal, escapes already resolved. */
  record StrLiteral(String value) implements PythonLiteral {
    @Override
    public String repr() {
      return strRepr(value);
    }
  }

  /** {@code True} or {@code False}. */
  record BoolLiteral(boolean value) implements PythonLiteral {
    @Override
    public String repr() {
      return value ? "True" : "False";
    }
  }

  /** {@code None}. */
  record NoneLiteral() implements PythonLiteral {
    @Override
    public String repr() {
      return "None";
    }
  }

  /**
   * Python's float repr: the shortest digits that read back the same, positional when the
   * decimal exponent is in [-4, 16), scientific with a signed two-digit exponent otherwise.
   */
  private static String floatRepr(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0.0" : "0.0";
    }
    String sign = value < 0 ? "-" : "";
    BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int exponent = digits.length() - shortest.scale() - 1;
    if (exponent >= -4 && exponent < 16) {
      String plain = shortest.toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exponentText = String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    return sign + mantissa + (exponent < 0 ? "e-" : "e+") + exponentText;
  }

  /** Python's str repr: single quotes unless the text holds only single quotes. */
  private static String strRepr(String value) {
    char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(value.length() + 2).append(quote);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\').append(c);
          } else if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(quote).toString();
  }
}
