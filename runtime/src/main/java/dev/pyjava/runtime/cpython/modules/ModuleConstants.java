package dev.pyjava.runtime.cpython.modules;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.cpython.calls.CPythonBackend;
import dev.pyjava.runtime.cpython.objects.Wrappers;
import dev.pyjava.runtime.def.ConstantDef;
import java.util.List;

/**
 * Sets a new module object's {@code @PyConstant} attributes, each converted as a result is, after
 * its types are made (a constant may be an instance of one). GIL held.
 */
final class ModuleConstants {
  private ModuleConstants() {}

  /** Sets each of {@code constants} on the module object {@code module} (borrowed). */
  static void addAll(long module, List<ConstantDef> constants) {
    if (constants.isEmpty()) {
      return;
    }
    Python py = CPythonBackend.instance().token();
    PyObject moduleObject = Wrappers.ownedBorrowed(module);
    for (ConstantDef constant : constants) {
      moduleObject.setAttr(
          constant.name(), Conversions.fromJava(py, constant.type(), constant.value()));
    }
  }
}
