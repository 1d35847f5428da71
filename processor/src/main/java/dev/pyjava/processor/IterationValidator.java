package dev.pyjava.processor;

import dev.pyjava.processor.ModuleSource.FunctionSource;
import dev.pyjava.processor.ModuleSource.ParameterSource;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The rule of the lazy types ({@code Iterator<T>}, {@code Iterable<T>}, {@code Stream<T>}): each
 * converts only as a whole parameter or result, never inside an {@code Optional}, a {@code List}, a
 * {@code Map} or another lazy type, whose values convert at once.
 */
final class IterationValidator {
  private IterationValidator() {}

  /** Adds an error for each parameter and the result of {@code function} that nest a lazy type. */
  static void validate(FunctionSource function, ValidationReport report) {
    for (ParameterSource parameter : function.pythonParameters()) {
      check(parameter.element(), parameter.type(), report);
    }
    check(function.method(), function.result(), report);
  }

  /** Adds an error on {@code element} when {@code type} nests a lazy type. */
  static void check(Element element, Optional<PyType> type, ValidationReport report) {
    type.filter(PyType::holdsLazy)
        .ifPresent(nested -> report.error(element, Message.LAZY_TYPE_NESTED, nested.javaName()));
  }
}
