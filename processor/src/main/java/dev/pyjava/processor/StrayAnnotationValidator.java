package dev.pyjava.processor;

import java.util.Collection;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The validate stage for annotations outside any module: a {@code @PyFunction} whose class lacks
 * {@code @PyModule}, an {@code @AllowThreads} without {@code @PyFunction}.
 */
final class StrayAnnotationValidator {
  private StrayAnnotationValidator() {}

  /**
   * Checks the elements of one round.
   *
   * @param functions the elements annotated {@code @PyFunction}
   * @param allowThreads the elements annotated {@code @AllowThreads}
   */
  static ValidationReport validate(
      Collection<? extends Element> functions, Collection<? extends Element> allowThreads) {
    ValidationReport report = new ValidationReport();
    for (Element method : functions) {
      Element owner = method.getEnclosingElement();
      if (Annotations.find(owner, Annotations.PY_MODULE) == null) {
        AnnotationMirror annotation = Annotations.find(method, Annotations.PY_FUNCTION);
        report.error(method, annotation, Message.FUNCTION_OUTSIDE_MODULE, owner.getSimpleName());
      }
    }
    for (Element method : allowThreads) {
      if (Annotations.find(method, Annotations.PY_FUNCTION) == null) {
        AnnotationMirror annotation = Annotations.find(method, Annotations.ALLOW_THREADS);
        report.error(method, annotation, Message.ALLOW_THREADS_WITHOUT_FUNCTION);
      }
    }
    return report;
  }
}
