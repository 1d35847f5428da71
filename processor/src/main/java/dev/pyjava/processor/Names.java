package dev.pyjava.processor;

import java.util.Set;

/** Python names derived from Java names, and the rules Python names must follow. */
final class Names {
  private static final Set<String> PYTHON_KEYWORDS =
      Set.of(
          "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
          "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
          "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
          "return", "try", "while", "with", "yield");

  private Names() {}

  /**
   * A Java name in snake_case: {@code WordCount} → {@code word_count}, {@code HTTPServer} →
   * {@code http_server}, {@code parseURL} → {@code parse_url}, {@code utf8Decode} → {@code
   * utf8_decode}. Underscores already present are kept.
   */
  static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && startsWord(javaName, i)) {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Whether the upper-case letter at {@code i} starts a new word. */
  private static boolean startsWord(String name, int i) {
    char previous = name.charAt(i - 1);
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    return Character.isUpperCase(previous) && nextIsLower;
  }

  /** Whether {@code name} is a Python identifier (keywords included). */
  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!(i == 0 ? isIdentifierStart(c) : isIdentifierPart(c))) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Whether {@code c} may start a Python identifier that Java can spell too (generated wrappers
   * are named after functions).
   */
  static boolean isIdentifierStart(int c) {
    return c == '_'
        || (Character.isUnicodeIdentifierStart(c) && Character.isJavaIdentifierStart(c));
  }

  /** Whether {@code c} may continue a Python identifier that Java can spell too. */
  static boolean isIdentifierPart(int c) {
    return c == '_'
        || (Character.isUnicodeIdentifierPart(c)
            && Character.isJavaIdentifierPart(c)
            && !Character.isIdentifierIgnorable(c));
  }

  /** Whether {@code name} is a reserved Python keyword. */
  static boolean isKeyword(String name) {
    return PYTHON_KEYWORDS.contains(name);
  }

  /**
   * The property a getter or setter defines: {@code getRadius}, {@code setRadius} and {@code
   * radius} give {@code radius}, {@code isClosed} gives {@code closed}, in snake_case.
   */
  static String propertyName(String methodName) {
    for (String prefix : new String[] {"get", "set", "is"}) {
      if (methodName.length() > prefix.length()
          && methodName.startsWith(prefix)
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        return snakeCase(methodName.substring(prefix.length()));
      }
    }
    return snakeCase(methodName);
  }
}
