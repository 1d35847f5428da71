package dev.pyjava.processor;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** Reports a parameter or result type pyjava does not convert, with the most precise message. */
final class UnsupportedTypes {
  private UnsupportedTypes() {}

  /**
   * Reports {@code type} on {@code element}: a map key that cannot be a Python dict key gets its
   * own message, any other type {@code general} (the parameter or the return type message).
   */
  static void report(ValidationReport report, Element element, TypeMirror type, Message general) {
    Optional<TypeMirror> key = TypeMapper.unhashableKey(type);
    if (key.isPresent()) {
      report.error(element, Message.MAP_KEY_UNHASHABLE, key.get(), type);
    } else {
      report.error(element, general, type);
    }
  }
}
