package dev.pyjava.processor;

import java.util.Collection;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The validate stage for {@code @PyConstant} fields: public static final, of a type a function
 * can return that is not bound to the lock, with a Python name, in a {@code @PyModule} class.
 */
final class ConstantValidator {
  private static final Set<Modifier> REQUIRED =
      Set.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);

  private ConstantValidator() {}

  /** Adds the problems of {@code constant} to {@code report}. */
  static void validate(ConstantSource constant, ValidationReport report) {
    if (!constant.field().getModifiers().containsAll(REQUIRED)) {
      report.error(
          constant.field(),
          constant.annotation(),
          Message.CONSTANT_NOT_PUBLIC_STATIC_FINAL,
          constant.field().getSimpleName());
    }
    if (constant.type().isEmpty() || constant.type().get().isLockBound()) {
      report.error(
          constant.field(),
          constant.annotation(),
          Message.CONSTANT_TYPE_UNSUPPORTED,
          constant.field().asType());
    }
    String name = constant.pythonName();
    if (!Names.isIdentifier(name) || Names.isKeyword(name)) {
      report.error(
          constant.field(),
          constant.annotation(),
          constant.name().source(),
          Message.CONSTANT_NAME_INVALID,
          name);
    }
  }

  /** The {@code @PyConstant} fields of {@code fields} that no {@code @PyModule} class holds. */
  static ValidationReport strays(Collection<? extends Element> fields) {
    ValidationReport report = new ValidationReport();
    for (Element field : fields) {
      Element owner = field.getEnclosingElement();
      if (Annotations.find(owner, Annotations.PY_MODULE) == null) {
        report.error(
            field,
            Annotations.find(field, Annotations.PY_CONSTANT),
            Message.CONSTANT_OUTSIDE_MODULE,
            owner.getSimpleName());
      }
    }
    return report;
  }
}
