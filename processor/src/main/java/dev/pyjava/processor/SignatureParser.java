package dev.pyjava.processor;

import dev.pyjava.processor.ParsedSignature.Item;
import dev.pyjava.processor.PythonLiteral.BoolLiteral;
import dev.pyjava.processor.PythonLiteral.FloatLiteral;
import dev.pyjava.processor.PythonLiteral.IntLiteral;
import dev.pyjava.processor.PythonLiteral.NoneLiteral;
import dev.pyjava.processor.PythonLiteral.StrLiteral;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a PyO3-style signature such as {@code (path, search, /, *, limit=10)}. It checks only
 * the syntax; whether the names match the Java method is the validator's business.
 */
final class SignatureParser {
  private final String text;
  private int position;

  private SignatureParser(String text) {
    this.text = text;
  }

  /** Parses {@code text}; never throws. */
  static ParsedSignature parse(String text) {
    try {
      return new ParsedSignature.Items(new SignatureParser(text).signature());
    } catch (SyntaxError error) {
      return new ParsedSignature.Malformed(error.position + 1, error.getMessage());
    }
  }

  private List<Item> signature() {
    List<Item> items = new ArrayList<>();
    skipSpaces();
    expect('(');
    skipSpaces();
    if (!peek(')')) {
      while (true) {
        items.add(item());
        skipSpaces();
        if (peek(')')) {
          break;
        }
        if (!peek(',')) {
          throw error("expected ',' or ')'" + (position < text.length() ? "" : " at the end"));
        }
        position++;
        skipSpaces();
        if (peek(')')) {
          break;
        }
      }
    }
    expect(')');
    skipSpaces();
    if (position < text.length()) {
      throw error("unexpected text after ')'");
    }
    return items;
  }

  private Item item() {
    if (peek('/')) {
      position++;
      return new ParsedSignature.Slash();
    }
    if (peek('*')) {
      position++;
      skipSpaces();
      if (peek('*')) {
        position++;
        skipSpaces();
        return new ParsedSignature.VarKeyword(variadicName("**"));
      }
      if (position < text.length() && Names.isIdentifierStart(text.charAt(position))) {
        return new ParsedSignature.VarPositional(variadicName("*"));
      }
      return new ParsedSignature.Star();
    }
    String name = name();
    skipSpaces();
    if (!peek('=')) {
      return new ParsedSignature.Name(name, null);
    }
    position++;
    skipSpaces();
    return new ParsedSignature.Name(name, literal());
  }

  /** The name after {@code *} or {@code **}, which takes no default. */
  private String variadicName(String stars) {
    String name = name();
    skipSpaces();
    if (peek('=')) {
      throw error(stars + name + " cannot have a default");
    }
    return name;
  }

  private String name() {
    int start = position;
    while (position < text.length() && isNamePart(text.charAt(position), position == start)) {
      position++;
    }
    if (position == start) {
      throw error(
          position < text.length() && Character.isDigit(text.charAt(position))
              ? "a parameter name cannot start with a digit"
              : "expected a parameter name, '/' or '*'");
    }
    return text.substring(start, position);
  }

  private PythonLiteral literal() {
    if (position >= text.length()) {
      throw error("expected a default value");
    }
    char c = text.charAt(position);
    if (c == '\'' || c == '"') {
      return string(c);
    }
    if (c == '-' || c == '.' || Character.isDigit(c)) {
      return number();
    }
    int start = position;
    while (position < text.length() && isNamePart(text.charAt(position), position == start)) {
      position++;
    }
    return switch (text.substring(start, position)) {
      case "True" -> new BoolLiteral(true);
      case "False" -> new BoolLiteral(false);
      case "None" -> new NoneLiteral();
      default -> {
        position = start;
        throw error("expected a default value: an int, float, str, True, False or None");
      }
    };
  }

  private PythonLiteral number() {
    int start = position;
    if (peek('-')) {
      position++;
    }
    int integerDigits = digits();
    boolean isFloat = false;
    if (peek('.')) {
      position++;
      isFloat = true;
      if (digits() == 0 && integerDigits == 0) {
        throw error("expected digits");
      }
    } else if (integerDigits == 0) {
      throw error("expected digits");
    }
    if (peek('e') || peek('E')) {
      position++;
      isFloat = true;
      if (peek('+') || peek('-')) {
        position++;
      }
      if (digits() == 0) {
        throw error("expected exponent digits");
      }
    }
    String literal = text.substring(start, position).replace("_", "");
    if (isFloat) {
      return new FloatLiteral(Double.parseDouble(literal));
    }
    String magnitude = literal.startsWith("-") ? literal.substring(1) : literal;
    if (magnitude.length() > 1 && magnitude.charAt(0) == '0') {
      position = start;
      throw error("leading zeros are not allowed in an int");
    }
    return new IntLiteral(new BigInteger(literal));
  }

  /** Skips digits, with single underscores between them as Python allows; returns the count. */
  private int digits() {
    int count = 0;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (Character.isDigit(c) && c < 128) {
        count++;
        position++;
      } else if (c == '_' && count > 0 && position + 1 < text.length()
          && Character.isDigit(text.charAt(position + 1))) {
        position++;
      } else {
        break;
      }
    }
    return count;
  }

  private StrLiteral string(char quote) {
    int start = position;
    position++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        position = start;
        throw error("string is not closed");
      }
      char c = text.charAt(position++);
      if (c == quote) {
        return new StrLiteral(value.toString());
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (position >= text.length()) {
        throw error("string is not closed");
      }
      char escaped = text.charAt(position);
      value.append(
          switch (escaped) {
            case '\\', '\'', '"' -> escaped;
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            default ->
                throw error(
                    "unsupported escape \\" + escaped + "; use \\\\ \\' \\\" \\n \\t \\r or \\0");
          });
      position++;
    }
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private boolean peek(char c) {
    return position < text.length() && text.charAt(position) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      String where = position < text.length() ? "" : " at the end";
      throw error("expected '" + c + "'" + where);
    }
    position++;
  }

  private static boolean isNamePart(char c, boolean first) {
    return first ? Names.isIdentifierStart(c) : Names.isIdentifierPart(c);
  }

  private SyntaxError error(String reason) {
    return new SyntaxError(reason, position);
  }

  /** A parse failure at a position; caught by {@link #parse}, never escapes. */
  private static final class SyntaxError extends RuntimeException {
    private final int position;

    SyntaxError(String reason, int position) {
      super(reason, null, false, false);
      this.position = position;
    }
  }
}
