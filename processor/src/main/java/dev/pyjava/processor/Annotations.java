package dev.pyjava.processor;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads pyjava's annotations through {@link AnnotationMirror}s, so errors can point at the exact
 * annotation value.
 */
final class Annotations {
  static final String PY_MODULE = "dev.pyjava.annotations.PyModule";
  static final String PY_FUNCTION = "dev.pyjava.annotations.PyFunction";
  static final String ALLOW_THREADS = "dev.pyjava.annotations.AllowThreads";

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, or {@code null}. */
  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The {@code String} member {@code name} of {@code mirror}, and where it is written. */
  static AnnotatedString string(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)
          && entry.getValue().getValue() instanceof String text) {
        return new AnnotatedString(text, entry.getValue());
      }
    }
    return new AnnotatedString("", null);
  }

  /**
   * A {@code String} annotation member.
   *
   * @param value the text; empty when not written
   * @param source where it is written, or {@code null} when left to its default
   */
  record AnnotatedString(String value, AnnotationValue source) {
    boolean isEmpty() {
      return value.isEmpty();
    }
  }
}
