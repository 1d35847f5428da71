package dev.pyjava.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's {@code repr()} of plain values, for messages and for objects that print like Python. */
public final class PythonRepr {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private PythonRepr() {}

  /** {@code repr(s)} of a Python {@code str}: {@code 'it''s'} becomes {@code "it's"}, and so on. */
  public static String str(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (isPrintable(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(escaped(cp));
      }
    }
    return out.append(quote).toString();
  }

  /** {@code repr(b)} of a Python {@code bytes}, e.g. {@code b'a\xff'}. */
  public static String bytes(byte[] b) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte x : b) {
      hasSingle |= x == '\'';
      hasDouble |= x == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder out = new StringBuilder(b.length + 3).append('b').append(quote);
    for (byte x : b) {
      int c = x & 0xff;
      if (c == quote || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        out.append((char) c);
      }
    }
    return out.append(quote).toString();
  }

  /**
   * {@code repr(d)} of a Python {@code float}: the shortest digits that round-trip, in Python's
   * layout ({@code 1e+16}, {@code 1e-05}, {@code 0.0001}, {@code 10.0}, {@code inf}, {@code nan}).
   */
  public static String floating(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = shortestDigits(Math.abs(d));
    String digits = exact.unscaledValue().toString();
    int pointAt = digits.length() - exact.scale(); // value = 0.<digits> * 10^pointAt
    StringBuilder out = new StringBuilder(24);
    if (d < 0) {
      out.append('-');
    }
    if (pointAt <= -4 || pointAt > 16) {
      out.append(digits.charAt(0));
      if (digits.length() > 1) {
        out.append('.').append(digits, 1, digits.length());
      }
      int exponent = pointAt - 1;
      out.append(exponent < 0 ? "e-" : "e+");
      int magnitude = Math.abs(exponent);
      if (magnitude < 10) {
        out.append('0');
      }
      return out.append(magnitude).toString();
    }
    if (pointAt <= 0) {
      out.append("0.").append("0".repeat(-pointAt)).append(digits);
    } else if (pointAt >= digits.length()) {
      out.append(digits).append("0".repeat(pointAt - digits.length())).append(".0");
    } else {
      out.append(digits, 0, pointAt).append('.').append(digits, pointAt, digits.length());
    }
    return out.toString();
  }

  /**
   * The shortest decimal that reads back as {@code x} (positive, finite), the closest one when
   * several are as short: Python's choice. {@code Double.toString} makes the same choice (JDK
   * 19+) except that it never gives fewer than two digits, so a one-digit answer is tried too.
   */
  private static BigDecimal shortestDigits(double x) {
    BigDecimal twoOrMore = new BigDecimal(Double.toString(x)).stripTrailingZeros();
    if (twoOrMore.precision() != 2) {
      return twoOrMore;
    }
    BigDecimal exactValue = new BigDecimal(x);
    BigDecimal best = twoOrMore;
    for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
      BigDecimal oneDigit = twoOrMore.round(new MathContext(1, mode));
      if (oneDigit.doubleValue() == x
          && (best == twoOrMore
              || oneDigit.subtract(exactValue).abs().compareTo(best.subtract(exactValue).abs()) < 0)) {
        best = oneDigit;
      }
    }
    return best.stripTrailingZeros();
  }

  /** One code point as Python escapes it: backslash, then x, u or U and 2, 4 or 8 hex digits. */
  public static String escaped(int cp) {
    int width = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
    StringBuilder out = new StringBuilder(width + 2);
    out.append('\\').append(width == 2 ? 'x' : width == 4 ? 'u' : 'U');
    for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX[(cp >> shift) & 0xf]);
    }
    return out.toString();
  }

  /** Python's {@code str.isprintable()} for one code point, as far as Java's categories tell. */
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }
}
