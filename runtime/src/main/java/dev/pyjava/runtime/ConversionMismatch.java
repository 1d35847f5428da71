package dev.pyjava.runtime;

/**
 * A value of the wrong Python type met while converting an argument, on its way up to the
 * argument's level, where it becomes a {@code TypeError} naming the function and parameter. Each
 * container level it crosses puts its own step ({@code item 1}) in front of the path.
 */
final class ConversionMismatch extends RuntimeException {
  private String path = "";
  private String expected;
  private final String actual;

  ConversionMismatch(String expected, String actual) {
    super(null, null, false, false);
    this.expected = expected;
    this.actual = actual;
  }

  /** Records that the value was found at {@code step} inside the enclosing value. */
  ConversionMismatch inside(String step) {
    path = " " + step + path;
    return this;
  }

  /** Widens the expected type when the mismatched value is the one an enclosing type accepts. */
  void widenTopLevel(String enclosingExpected) {
    if (path.isEmpty()) {
      expected = enclosingExpected;
    }
  }

  /** The message after {@code f() argument 'x'}: {@code  item 1 must be int, not str}. */
  String detail() {
    return path + " must be " + expected + ", not " + actual;
  }
}
