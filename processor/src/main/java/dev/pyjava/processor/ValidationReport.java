package dev.pyjava.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** The errors found in one module or stray element, each pinned to the most precise spot. */
final class ValidationReport {
  private final List<Problem> problems = new ArrayList<>();

  /** An error on an element. */
  void error(Element element, Message message, Object... args) {
    problems.add(new Problem(message.format(args), element, null, null));
  }

  /** An error on an annotation of an element. */
  void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
    problems.add(new Problem(message.format(args), element, annotation, null));
  }

  /**
   * An error on an annotation value; on the element itself when {@code value} is {@code null}
   * (not written, so what is wrong derives from the element, like a name).
   */
  void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    AnnotationMirror written = value == null ? null : annotation;
    problems.add(new Problem(message.format(args), element, written, value));
  }

  /** Whether there are no errors: only then is code generated. */
  boolean isClean() {
    return problems.isEmpty();
  }

  /** Reports every error, in the order found. */
  void printTo(Messager messager) {
    for (Problem problem : problems) {
      problem.printTo(messager);
    }
  }

  private record Problem(
      String text, Element element, AnnotationMirror annotation, AnnotationValue value) {
    void printTo(Messager messager) {
      Diagnostic.Kind kind = Diagnostic.Kind.ERROR;
      if (value != null) {
        messager.printMessage(kind, text, element, annotation, value);
      } else if (annotation != null) {
        messager.printMessage(kind, text, element, annotation);
      } else {
        messager.printMessage(kind, text, element);
      }
    }
  }
}
