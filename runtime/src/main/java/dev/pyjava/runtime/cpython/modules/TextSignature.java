package dev.pyjava.runtime.cpython.modules;

import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;

/**
 * A builtin function's {@code ml_doc}: {@code name($module, <parameters>)\n--\n\n<doc>}, a method's
 * ({@code $self} first, nothing for a static method) or a type's {@code tp_doc} ({@code
 * Name(<parameters>)}). CPython splits it into {@code __text_signature__} and {@code __doc__}, so
 * {@code inspect.signature} and {@code help()} show the real parameters.
 */
final class TextSignature {
  private TextSignature() {}

  /** The {@code ml_doc} of {@code function}, a module's. */
  static String methodDoc(FunctionDef function) {
    return doc(function.name(), "$module", function);
  }

  /** The {@code ml_doc} of {@code method}, an instance method of a type. */
  static String instanceMethodDoc(FunctionDef method) {
    return doc(method.name(), "$self", method);
  }

  /** The {@code ml_doc} of {@code method}, a static method of a type: no first parameter. */
  static String staticMethodDoc(FunctionDef method) {
    return doc(method.name(), null, method);
  }

  /**
   * The {@code tp_doc} of {@code type}: its constructor's signature, if it has one, then its
   * docstring; {@code null} when it has neither.
   */
  static String typeDoc(ClassDef type) {
    if (type.constructor() == null) {
      return type.doc();
    }
    String signature = type.constructor().signature();
    return type.name() + signature + "\n--\n\n" + (type.doc() == null ? "" : type.doc());
  }

  private static String doc(String name, String first, FunctionDef function) {
    String signature = function.signature();
    String parameters = signature.substring(1, signature.length() - 1);
    String doc = function.doc() == null ? "" : function.doc();
    String all =
        first == null ? parameters : parameters.isEmpty() ? first : first + ", " + parameters;
    return name + "(" + all + ")\n--\n\n" + doc;
  }
}
