package dev.pyjava.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The Java functional interfaces a parameter may declare to take a Python callable, how their
 * type arguments convert, and what is wrong with one pyjava cannot convert.
 *
 * <p>A callable's arguments go from Java to Python, so they take the types a function may return;
 * its result comes from Python to Java, so it takes the types a function's parameter may have
 * ({@code Void} too, for a result that is dropped).
 */
final class CallbackTypes {
  private CallbackTypes() {}

  /** Which way a type argument converts. */
  private enum Role {
    /** An argument of the call: Java to Python. */
    ARGUMENT,
    /** The call's result: Python to Java. */
    RESULT,
    /** Both ({@code UnaryOperator}'s). */
    BOTH
  }

  /**
   * One interface.
   *
   * @param constant the name of its {@code CallbackInterface} constant in the runtime
   * @param simpleName its simple Java name
   * @param roles what each type argument is, in order
   * @param example a well-formed use, for messages
   */
  private record Shape(String constant, String simpleName, List<Role> roles, String example) {}

  private static final Map<String, Shape> SHAPES =
      Map.of(
          "java.util.function.Function",
          new Shape("FUNCTION", "Function", List.of(Role.ARGUMENT, Role.RESULT),
              "Function<String, Double>"),
          "java.util.function.BiFunction",
          new Shape("BI_FUNCTION", "BiFunction",
              List.of(Role.ARGUMENT, Role.ARGUMENT, Role.RESULT),
              "BiFunction<String, Long, Double>"),
          "java.util.function.Supplier",
          new Shape("SUPPLIER", "Supplier", List.of(Role.RESULT), "Supplier<String>"),
          "java.util.function.Consumer",
          new Shape("CONSUMER", "Consumer", List.of(Role.ARGUMENT), "Consumer<String>"),
          "java.util.function.BiConsumer",
          new Shape("BI_CONSUMER", "BiConsumer", List.of(Role.ARGUMENT, Role.ARGUMENT),
              "BiConsumer<String, Long>"),
          "java.util.function.Predicate",
          new Shape("PREDICATE", "Predicate", List.of(Role.ARGUMENT), "Predicate<String>"),
          "java.util.function.UnaryOperator",
          new Shape("UNARY_OPERATOR", "UnaryOperator", List.of(Role.BOTH),
              "UnaryOperator<String>"),
          "java.lang.Runnable",
          new Shape("RUNNABLE", "Runnable", List.of(), "Runnable"),
          "java.util.concurrent.Callable",
          new Shape("CALLABLE", "Callable", List.of(Role.RESULT), "Callable<String>"));

  /** Whether {@code qualifiedName} names one of the interfaces. */
  static boolean isCallback(String qualifiedName) {
    return SHAPES.containsKey(qualifiedName);
  }

  /** The simple Java name of the interface whose runtime constant is {@code constant}. */
  static String simpleName(String constant) {
    return SHAPES.values().stream()
        .filter(shape -> shape.constant().equals(constant))
        .findFirst()
        .orElseThrow()
        .simpleName();
  }

  /**
   * The callback type of {@code type}, one of the interfaces ({@code qualifiedName}), or {@code
   * null} when it is raw, has a wildcard or a type argument pyjava does not convert; {@code
   * listed} as for {@link TypeMapper#parameter}.
   */
  static PyType map(DeclaredType type, String qualifiedName, Map<String, String> listed) {
    Shape shape = SHAPES.get(qualifiedName);
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() != shape.roles().size()) {
      return null;
    }
    List<PyType> converted = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      PyType argument = typeArgument(arguments.get(i), shape.roles().get(i), listed);
      if (argument == null) {
        return null;
      }
      converted.add(argument);
    }
    return PyType.callback(shape.constant(), converted);
  }

  private static PyType typeArgument(TypeMirror type, Role role, Map<String, String> listed) {
    Optional<PyType> asArgument =
        TypeMapper.result(type, listed).filter(t -> t.kind() != PyType.Kind.VOID);
    Optional<PyType> asResult =
        isVoid(type)
            ? Optional.of(PyType.scalar(PyType.Kind.VOID, false))
            : TypeMapper.parameter(type, listed);
    return switch (role) {
      case ARGUMENT -> asArgument.orElse(null);
      case RESULT -> asResult.orElse(null);
      case BOTH -> asArgument.isPresent() ? asResult.orElse(null) : null;
    };
  }

  /**
   * Why {@code type}, a parameter type pyjava did not convert, is a callback it cannot convert:
   * the message and its arguments, or empty when it is not that. A raw interface or a wildcard
   * anywhere inside is named; else, when {@code type} itself is an interface, its type arguments.
   */
  static Optional<Problem> problem(TypeMirror type) {
    Optional<Problem> malformed = malformed(type);
    if (malformed.isPresent() || !isCallback(qualifiedName(type))) {
      return malformed;
    }
    return Optional.of(new Problem(Message.CALLBACK_TYPE_ARGUMENT_UNSUPPORTED, type));
  }

  /** The first raw interface, or interface with a wildcard, in {@code type}. */
  private static Optional<Problem> malformed(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Shape shape = SHAPES.get(qualifiedName(type));
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (shape != null) {
      if (arguments.isEmpty() && !shape.roles().isEmpty()) {
        return Optional.of(new Problem(Message.CALLBACK_RAW, shape.simpleName(), shape.example()));
      }
      for (TypeMirror argument : arguments) {
        if (argument.getKind() == TypeKind.WILDCARD) {
          return Optional.of(new Problem(Message.CALLBACK_WILDCARD, type, shape.example()));
        }
      }
    }
    for (TypeMirror argument : arguments) {
      Optional<Problem> inner = malformed(argument);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }

  /** Whether {@code type} is, or holds, one of the interfaces: not a result type. */
  static boolean containsCallback(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    return isCallback(qualifiedName(type))
        || ((DeclaredType) type).getTypeArguments().stream()
            .anyMatch(CallbackTypes::containsCallback);
  }

  private static boolean isVoid(TypeMirror type) {
    return qualifiedName(type).equals("java.lang.Void");
  }

  /** The qualified name of a declared type, else "". */
  private static String qualifiedName(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()
        : "";
  }

  /**
   * A message to report and its arguments.
   *
   * @param message the message
   * @param args its arguments
   */
  record Problem(Message message, Object... args) {}
}
