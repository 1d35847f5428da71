package dev.pyjava.processor;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** Reports a parameter or result type pyjava does not convert, with the most precise message. */
final class UnsupportedTypes {
  private UnsupportedTypes() {}

  /**
   * Reports the parameter type {@code type} on {@code element}: a malformed callback interface, a
   * {@code java.nio} buffer inside a container and a map key that cannot be a Python dict key get
   * their own messages, any other type the general one.
   */
  static void parameter(ValidationReport report, Element element, TypeMirror type) {
    Optional<CallbackTypes.Problem> callback = CallbackTypes.problem(type);
    if (callback.isPresent()) {
      report.error(element, callback.get().message(), callback.get().args());
    } else if (TypeMapper.holdsBuffer(type)) {
      report.error(element, Message.BUFFER_NESTED, type);
    } else {
      reportKeyOr(report, element, type, Message.PARAMETER_TYPE_UNSUPPORTED);
    }
  }

  /**
   * Reports the result type {@code type} on {@code element}: a callback interface, a {@code
   * java.nio} buffer and a map key that cannot be a Python dict key get their own messages, any
   * other type the general one.
   */
  static void result(ValidationReport report, Element element, TypeMirror type) {
    if (CallbackTypes.containsCallback(type)) {
      report.error(element, Message.CALLBACK_RESULT, type);
    } else if (TypeMapper.holdsBuffer(type)) {
      report.error(element, Message.BUFFER_RESULT, type);
    } else {
      reportKeyOr(report, element, type, Message.RETURN_TYPE_UNSUPPORTED);
    }
  }

  private static void reportKeyOr(
      ValidationReport report, Element element, TypeMirror type, Message general) {
    Optional<TypeMirror> key = TypeMapper.unhashableKey(type);
    if (key.isPresent()) {
      report.error(element, Message.MAP_KEY_UNHASHABLE, key.get(), type);
    } else {
      report.error(element, general, type);
    }
  }
}
