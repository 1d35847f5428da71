package dev.pyjava.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Reads pyjava's annotations through {@link AnnotationMirror}s, so errors can point at the exact
 * annotation value.
 */
final class Annotations {
  static final String PY_MODULE = "dev.pyjava.annotations.PyModule";
  static final String PY_FUNCTION = "dev.pyjava.annotations.PyFunction";
  static final String ALLOW_THREADS = "dev.pyjava.annotations.AllowThreads";
  static final String PY_CLASS = "dev.pyjava.annotations.PyClass";
  static final String PY_CONSTRUCTOR = "dev.pyjava.annotations.PyConstructor";
  static final String PY_GETTER = "dev.pyjava.annotations.PyGetter";
  static final String PY_SETTER = "dev.pyjava.annotations.PySetter";
  static final String PY_CONSTANT = "dev.pyjava.annotations.PyConstant";

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

  /** The {@code boolean} member {@code name} of {@code mirror}; false when not written. */
  static boolean flag(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    return value != null && Boolean.TRUE.equals(value.getValue());
  }

  /**
   * The classes a {@code Class<?>[]} member {@code name} of {@code mirror} lists, each with the
   * value that names it; empty when not written. Read from the mirror: {@code getAnnotation}
   * would throw {@code MirroredTypesException}.
   */
  static List<ListedClass> classes(AnnotationMirror mirror, String name) {
    AnnotationValue array = value(mirror, name);
    List<ListedClass> listed = new ArrayList<>();
    if (array != null && array.getValue() instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof AnnotationValue value
            && value.getValue() instanceof DeclaredType type
            && type.asElement() instanceof TypeElement element) {
          listed.add(new ListedClass(element, value));
        }
      }
    }
    return listed;
  }

  private static AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * A class an annotation member lists.
   *
   * @param type the class
   * @param source the value that names it
   */
  record ListedClass(TypeElement type, AnnotationValue source) {}

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
