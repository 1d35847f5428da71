package dev.pyjava.processor;

import dev.pyjava.processor.ModuleSource.FunctionSource;
import dev.pyjava.processor.ModuleSource.ParameterSource;
import dev.pyjava.processor.ParsedSignature.Item;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validate stage for a {@code signature}: it must parse, and name every Python parameter
 * once, in Java order, with {@code /}, {@code *}, {@code *args}, {@code **kwargs} and defaults
 * where Python allows them, {@code *args} on a {@code List} and {@code **kwargs} on a {@code Map}.
 */
final class SignatureValidator {
  private final FunctionSource function;
  private final ValidationReport report;
  private final Map<String, ParameterSource> parametersByName = new HashMap<>();
  private final Map<String, Integer> javaPositions = new HashMap<>();

  private SignatureValidator(FunctionSource function, ValidationReport report) {
    this.function = function;
    this.report = report;
    List<ParameterSource> parameters = function.pythonParameters();
    for (int i = 0; i < parameters.size(); i++) {
      parametersByName.putIfAbsent(parameters.get(i).pythonName(), parameters.get(i));
      javaPositions.putIfAbsent(parameters.get(i).pythonName(), i);
    }
  }

  /** Adds every problem of {@code signature}, the parsed {@code function.signature()}. */
  static void validate(
      FunctionSource function, ParsedSignature signature, ValidationReport report) {
    SignatureValidator validator = new SignatureValidator(function, report);
    switch (signature) {
      case ParsedSignature.Malformed malformed ->
          validator.error(Message.SIGNATURE_SYNTAX, malformed.column(), malformed.reason());
      case ParsedSignature.Items items -> validator.check(items.items());
    }
  }

  private void check(List<Item> items) {
    checkMarkers(items);
    checkDefaultsOrder(items);
    checkNames(items);
  }

  /**
   * {@code /} once, after a parameter and before {@code *}; {@code *} (or {@code *args}) once,
   * {@code *} before a parameter; {@code **kwargs} last.
   */
  private void checkMarkers(List<Item> items) {
    boolean afterName = false;
    boolean afterSlash = false;
    boolean afterStar = false;
    String kwargs = null;
    for (int i = 0; i < items.size(); i++) {
      if (kwargs != null) {
        error(Message.SIGNATURE_KWARGS_NOT_LAST, spelling(items.get(i)), kwargs, kwargs);
        return;
      }
      switch (items.get(i)) {
        case ParsedSignature.Name _ -> afterName = true;
        case ParsedSignature.VarKeyword varKeyword -> kwargs = varKeyword.name();
        case ParsedSignature.VarPositional _ -> {
          if (afterStar) {
            error(Message.SIGNATURE_MARKER_REPEATED, "*");
          }
          afterStar = true;
        }
        case ParsedSignature.Slash _ -> {
          if (afterSlash) {
            error(Message.SIGNATURE_MARKER_REPEATED, "/");
          } else if (afterStar) {
            error(Message.SIGNATURE_SLASH_MISPLACED, "after '*'");
          } else if (!afterName) {
            error(Message.SIGNATURE_SLASH_MISPLACED, "before any parameter");
          }
          afterSlash = true;
        }
        case ParsedSignature.Star _ -> {
          if (afterStar) {
            error(Message.SIGNATURE_MARKER_REPEATED, "*");
          } else if (items.subList(i + 1, items.size()).stream()
              .noneMatch(ParsedSignature.Name.class::isInstance)) {
            error(Message.SIGNATURE_STAR_MISPLACED);
          }
          afterStar = true;
        }
      }
    }
  }

  /** How {@code item} is written in a signature. */
  private static String spelling(Item item) {
    return switch (item) {
      case ParsedSignature.Name name -> name.name();
      case ParsedSignature.Slash _ -> "/";
      case ParsedSignature.Star _ -> "*";
      case ParsedSignature.VarPositional varPositional -> "*" + varPositional.name();
      case ParsedSignature.VarKeyword varKeyword -> "**" + varKeyword.name();
    };
  }

  /** Before {@code *} or {@code *args}, no parameter without a default follows one with one. */
  private void checkDefaultsOrder(List<Item> items) {
    boolean defaultSeen = false;
    for (Item item : items) {
      if (item instanceof ParsedSignature.Star || item instanceof ParsedSignature.VarPositional) {
        return;
      }
      if (item instanceof ParsedSignature.Name name) {
        if (name.defaultValue() != null) {
          defaultSeen = true;
        } else if (defaultSeen) {
          error(Message.SIGNATURE_DEFAULT_ORDER, name.name());
        }
      }
    }
  }

  /** Every Python parameter named once, in Java order, with a default that fits. */
  private void checkNames(List<Item> items) {
    Set<String> named = new HashSet<>();
    String latestName = null;
    int latestPosition = -1;
    boolean orderReported = false;
    for (Item item : items) {
      ParsedSignature.Name name =
          switch (item) {
            case ParsedSignature.Name plain -> plain;
            case ParsedSignature.VarPositional varPositional ->
                new ParsedSignature.Name(varPositional.name(), null);
            case ParsedSignature.VarKeyword varKeyword ->
                new ParsedSignature.Name(varKeyword.name(), null);
            case ParsedSignature.Slash _, ParsedSignature.Star _ -> null;
          };
      if (name == null) {
        continue;
      }
      Integer position = checkName(name, named);
      if (position == null) {
        continue;
      }
      checkCollectorType(item, parametersByName.get(name.name()));
      if (position < latestPosition && !orderReported) {
        error(Message.SIGNATURE_ORDER, latestName, name.name());
        orderReported = true;
      } else if (position > latestPosition) {
        latestPosition = position;
        latestName = name.name();
      }
    }
    for (ParameterSource parameter : function.pythonParameters()) {
      if (!named.contains(parameter.pythonName())) {
        error(Message.SIGNATURE_PARAMETER_MISSING, parameter.pythonName());
      }
    }
  }

  /**
   * Checks that {@code name} is a Python parameter named once, and that its default fits.
   *
   * @return its position among the Python parameters, or {@code null} if it is not a new one
   */
  private Integer checkName(ParsedSignature.Name name, Set<String> named) {
    ParameterSource parameter = parametersByName.get(name.name());
    if (parameter == null) {
      boolean token =
          function.parameters().stream()
              .anyMatch(p -> p.token() && p.pythonName().equals(name.name()));
      if (token) {
        error(Message.SIGNATURE_PARAMETER_TOKEN, name.name());
      } else {
        error(
            Message.SIGNATURE_PARAMETER_UNKNOWN,
            name.name(),
            function.method().getSimpleName() + "()");
      }
      return null;
    }
    if (!named.add(name.name())) {
      error(Message.SIGNATURE_PARAMETER_REPEATED, name.name());
      return null;
    }
    PythonLiteral defaultValue = name.defaultValue();
    if (defaultValue != null && parameter.type().isPresent()) {
      PyType type = parameter.type().get();
      if (!Defaults.fits(defaultValue, type)) {
        error(
            Message.SIGNATURE_DEFAULT_MISFIT,
            defaultValue.repr(),
            name.name(),
            type.javaName(),
            Defaults.accepted(type));
      }
    }
    return javaPositions.get(name.name());
  }

  /** {@code *args} must be a {@code List<T>}, {@code **kwargs} a {@code Map<String, T>}. */
  private void checkCollectorType(Item item, ParameterSource parameter) {
    if (parameter.type().isEmpty()) {
      return; // Its unsupported type is reported on the parameter.
    }
    PyType.Kind kind = parameter.type().get().kind();
    String javaType = parameter.element().asType().toString();
    if (item instanceof ParsedSignature.VarPositional varPositional && kind != PyType.Kind.LIST) {
      error(Message.SIGNATURE_VARARGS_TYPE, varPositional.name(), javaType);
    } else if (item instanceof ParsedSignature.VarKeyword varKeyword
        && kind != PyType.Kind.MAP) {
      error(Message.SIGNATURE_KWARGS_TYPE, varKeyword.name(), javaType);
    }
  }

  private void error(Message message, Object... args) {
    report.error(
        function.method(), function.annotation(), function.signature().source(), message, args);
  }
}
