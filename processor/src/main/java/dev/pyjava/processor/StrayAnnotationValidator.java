package dev.pyjava.processor;

import java.util.Collection;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The validate stage for annotations outside any module: a {@code @PyFunction} whose class lacks
 * {@code @PyModule} and {@code @PyClass}, an {@code @AllowThreads} without {@code @PyFunction}, a
 * {@code @PyConstructor}, {@code @PyGetter} or {@code @PySetter} outside a {@code @PyClass}.
 */
final class StrayAnnotationValidator {
  private StrayAnnotationValidator() {}

  /**
   * Checks the elements of one round.
   *
   * @param functions the elements annotated {@code @PyFunction}
   * @param allowThreads the elements annotated {@code @AllowThreads}
   * @param classMembers the elements annotated {@code @PyConstructor}, {@code @PyGetter} or
   *     {@code @PySetter}
   */
  static ValidationReport validate(
      Collection<? extends Element> functions,
      Collection<? extends Element> allowThreads,
      Collection<? extends Element> classMembers) {
    ValidationReport report = new ValidationReport();
    for (Element method : functions) {
      Element owner = method.getEnclosingElement();
      if (Annotations.find(owner, Annotations.PY_MODULE) == null
          && Annotations.find(owner, Annotations.PY_CLASS) == null) {
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
    for (Element member : classMembers) {
      Element owner = member.getEnclosingElement();
      if (Annotations.find(owner, Annotations.PY_CLASS) != null) {
        continue;
      }
      for (String name :
          new String[] {Annotations.PY_CONSTRUCTOR, Annotations.PY_GETTER, Annotations.PY_SETTER}) {
        AnnotationMirror annotation = Annotations.find(member, name);
        if (annotation != null) {
          String simple = name.substring(name.lastIndexOf('.') + 1);
          report.error(
              member, annotation, Message.CLASS_MEMBER_OUTSIDE_CLASS,
              simple, owner.getSimpleName(), simple);
        }
      }
    }
    return report;
  }
}
