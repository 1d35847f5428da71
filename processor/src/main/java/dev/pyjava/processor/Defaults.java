package dev.pyjava.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.pyjava.processor.PythonLiteral.BoolLiteral;
import dev.pyjava.processor.PythonLiteral.FloatLiteral;
import dev.pyjava.processor.PythonLiteral.IntLiteral;
import dev.pyjava.processor.PythonLiteral.NoneLiteral;
import dev.pyjava.processor.PythonLiteral.StrLiteral;
import java.math.BigInteger;

/** Which signature defaults fit which parameter types, and the Java values they become. */
final class Defaults {
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Defaults() {}

  /** Whether {@code literal} is a value of {@code type}. */
  static boolean fits(PythonLiteral literal, PyType type) {
    if (literal instanceof NoneLiteral) {
      return type.boxed() || type.kind() == PyType.Kind.OPTIONAL;
    }
    return switch (type.kind()) {
      case BOOLEAN -> literal instanceof BoolLiteral;
      case INT -> literal instanceof IntLiteral i && inRange(i.value(), INT_MIN, INT_MAX);
      case LONG -> literal instanceof IntLiteral i && inRange(i.value(), LONG_MIN, LONG_MAX);
      case DOUBLE ->
          literal instanceof FloatLiteral
              || (literal instanceof IntLiteral i && Double.isFinite(i.value().doubleValue()));
      case STRING -> literal instanceof StrLiteral;
      case OPTIONAL -> fits(literal, type.element());
      case BYTES, VOID, LIST, MAP, OBJECT, INSTANCE, ITERATOR, ENUM -> false;
    };
  }

  /** What fits {@code type}, to name the fix in a message. */
  static String accepted(PyType type) {
    String value = acceptedValue(type);
    boolean none = type.boxed() || type.kind() == PyType.Kind.OPTIONAL;
    if (value == null) {
      return none ? "None" : "no default: " + type.javaName() + " parameters cannot have one";
    }
    return none ? value + ", or None" : value;
  }

  /** The literals other than None that fit {@code type}, or {@code null} if none do. */
  private static String acceptedValue(PyType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "True or False";
      case INT -> "an int from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
      case LONG -> "an int from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
      case DOUBLE -> "an int or a float";
      case STRING -> "a str";
      case OPTIONAL -> acceptedValue(type.element());
      case BYTES, VOID, LIST, MAP, OBJECT, INSTANCE, ITERATOR, ENUM -> null;
    };
  }

  /** The Java expression for {@code literal} as a value of {@code type}, which it must fit. */
  static CodeBlock javaValue(PythonLiteral literal, PyType type) {
    if (literal instanceof NoneLiteral) {
      return type.kind() == PyType.Kind.OPTIONAL
          ? CodeBlock.of("$T.empty()", OPTIONAL)
          : CodeBlock.of("null");
    }
    return switch (type.kind()) {
      case BOOLEAN -> CodeBlock.of("$L", ((BoolLiteral) literal).value());
      case INT -> CodeBlock.of("$L", ((IntLiteral) literal).value().intValueExact());
      case LONG -> CodeBlock.of("$LL", ((IntLiteral) literal).value().longValueExact());
      case DOUBLE -> doubleValue(literal);
      case STRING -> CodeBlock.of("$S", ((StrLiteral) literal).value());
      case OPTIONAL -> CodeBlock.of("$T.of($L)", OPTIONAL, javaValue(literal, type.element()));
      case BYTES, VOID, LIST, MAP, OBJECT, INSTANCE, ITERATOR, ENUM ->
          throw new IllegalArgumentException(literal.repr() + " does not fit " + type.javaName());
    };
  }

  private static CodeBlock doubleValue(PythonLiteral literal) {
    double value =
        literal instanceof IntLiteral i
            ? i.value().doubleValue()
            : ((FloatLiteral) literal).value();
    if (Double.isInfinite(value)) {
      return CodeBlock.of(value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY");
    }
    return CodeBlock.of("$L", Double.toString(value));
  }

  private static boolean inRange(BigInteger value, BigInteger min, BigInteger max) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }
}
