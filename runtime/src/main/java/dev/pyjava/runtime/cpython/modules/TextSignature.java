package dev.pyjava.runtime.cpython.modules;

import dev.pyjava.runtime.def.FunctionDef;

/**
 * A builtin function's {@code ml_doc}: {@code name($module, <parameters>)\n--\n\n<doc>}. CPython
 * splits it into {@code __text_signature__} and {@code __doc__}, so {@code inspect.signature} and
 * {@code help()} show the real parameters.
 */
final class TextSignature {
  private TextSignature() {}

  /** The {@code ml_doc} of {@code function}. */
  static String methodDoc(FunctionDef function) {
    String signature = function.signature();
    String parameters = signature.substring(1, signature.length() - 1);
    String doc = function.doc() == null ? "" : function.doc();
    return function.name()
        + "($module"
        + (parameters.isEmpty() ? "" : ", " + parameters)
        + ")\n--\n\n"
        + doc;
  }
}
