package dev.pyjava.processor;

import dev.pyjava.processor.ModuleSource.FunctionSource;
import dev.pyjava.processor.ModuleSource.ParameterSource;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * The validate stage for one {@code @PyFunction} method of a module or a class, or one
 * {@code @PyConstructor}.
 */
final class FunctionValidator {
  private FunctionValidator() {}

  /** Adds every problem of {@code function}, a module's function, to {@code report}. */
  static void validate(FunctionSource function, ValidationReport report) {
    ExecutableElement method = function.method();
    if (!method.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC))) {
      report.error(method, Message.FUNCTION_NOT_PUBLIC_STATIC, method.getSimpleName());
    }
    checkName(function, report);
    validateCallable(function, report);
  }

  /**
   * Adds every problem of {@code function}, an instance or static method of a {@code @PyClass}, to
   * {@code report}.
   */
  static void validateMethod(FunctionSource function, ValidationReport report) {
    ExecutableElement method = function.method();
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      report.error(method, Message.METHOD_NOT_PUBLIC, method.getSimpleName());
    }
    checkName(function, report);
    validateCallable(function, report);
  }

  /**
   * Adds every problem of {@code constructor}, a {@code @PyConstructor}, to {@code report}; the
   * class's checks ({@code abstract}) are {@link ClassValidator}'s.
   */
  static void validateConstructor(FunctionSource constructor, ValidationReport report) {
    if (!constructor.method().getModifiers().contains(Modifier.PUBLIC)) {
      report.error(constructor.method(), Message.CONSTRUCTOR_NOT_PUBLIC);
    }
    validateCallable(constructor, report);
  }

  /** What functions, methods and constructors share: type variables, parameters, result, lock. */
  private static void validateCallable(FunctionSource function, ValidationReport report) {
    ExecutableElement method = function.method();
    if (!method.getTypeParameters().isEmpty()) {
      report.error(method, Message.FUNCTION_GENERIC, method.getSimpleName());
    }
    checkParameters(function, report);
    if (function.result().isEmpty()) {
      UnsupportedTypes.result(report, method, method.getReturnType());
    }
    IterationValidator.validate(function, report);
    function
        .parsedSignature()
        .ifPresent(signature -> SignatureValidator.validate(function, signature, report));
    if (function.allowThreads() != null) {
      checkNothingLockBound(function, report);
    }
  }

  private static void checkName(FunctionSource function, ValidationReport report) {
    String name = function.pythonName();
    Message problem =
        !Names.isIdentifier(name)
            ? Message.FUNCTION_NAME_INVALID
            : Names.isKeyword(name) ? Message.FUNCTION_NAME_KEYWORD : null;
    if (problem != null) {
      report.error(
          function.method(), function.annotation(), function.name().source(), problem, name);
    }
  }

  private static void checkParameters(FunctionSource function, ValidationReport report) {
    Set<String> pythonNames = new HashSet<>();
    for (ParameterSource parameter : function.pythonParameters()) {
      String name = parameter.pythonName();
      if (!Names.isIdentifier(name)) {
        report.error(parameter.element(), Message.PARAMETER_NAME_INVALID, name);
      } else if (Names.isKeyword(name)) {
        report.error(parameter.element(), Message.PARAMETER_NAME_KEYWORD, name);
      } else if (!pythonNames.add(name)) {
        report.error(
            parameter.element(),
            Message.PARAMETER_NAME_DUPLICATE,
            parameter.element().getSimpleName(),
            name);
      }
      if (parameter.type().isEmpty()) {
        UnsupportedTypes.parameter(report, parameter.element(), parameter.element().asType());
      }
    }
  }

  /** PyO3's {@code Ungil} bound, checked here: nothing lock-bound crosses a lock release. */
  private static void checkNothingLockBound(FunctionSource function, ValidationReport report) {
    for (ParameterSource parameter : function.parameters()) {
      boolean lockBound =
          parameter.token() || parameter.type().map(PyType::isLockBound).orElse(false);
      if (lockBound) {
        String type =
            parameter.token() ? "Python" : parameter.type().orElseThrow().javaName();
        report.error(
            parameter.element(),
            Message.ALLOW_THREADS_LOCK_BOUND_PARAMETER,
            parameter.element().getSimpleName(),
            type);
      }
    }
    function
        .result()
        .filter(PyType::isLockBound)
        .ifPresent(
            result ->
                report.error(
                    function.method(),
                    Message.ALLOW_THREADS_LOCK_BOUND_RESULT,
                    result.javaName()));
  }
}
