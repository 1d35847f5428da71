package dev.pyjava.runtime.cpython.modules;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.cpython.calls.CPythonBackend;
import dev.pyjava.runtime.cpython.objects.Wrappers;
import dev.pyjava.runtime.def.EnumDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a new module object's enum classes with Python's own {@code enum} module, as Python code
 * would ({@code Enum("Color", {"RED": "RED", ...}, module=..., qualname=...)}), and adds them to
 * it. GIL held.
 */
final class ModuleEnumTypes {
  private ModuleEnumTypes() {}

  /** Adds each of {@code enums} to the module object {@code module} named {@code name}. */
  static void addAll(long module, String name, List<EnumDef> enums) {
    if (enums.isEmpty()) {
      return;
    }
    Python py = CPythonBackend.instance().token();
    PyObject moduleObject = Wrappers.ownedBorrowed(module);
    PyObject enumClass = py.importModule("enum").getAttr("Enum");
    for (EnumDef definition : enums) {
      Map<String, String> members = new LinkedHashMap<>();
      for (Enum<?> constant : definition.javaClass().getEnumConstants()) {
        members.put(constant.name(), constant.name());
      }
      PyObject type =
          enumClass.call(
              List.of(definition.name(), members),
              Map.of("module", name, "qualname", definition.name()));
      if (definition.doc() != null) {
        type.setAttr("__doc__", definition.doc());
      }
      moduleObject.setAttr(definition.name(), type);
    }
  }
}
