package dev.pyjava.runtime;

import dev.pyjava.runtime.exceptions.PyException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The modules' enum classes ({@code @PyClass} Java enums) by Python name, {@code module.Name},
 * registered as the modules are found, and their conversion through the {@link PyObject}
 * interfaces alone, so that every backend converts them alike: a member is the Python class's
 * attribute of the Java constant's name, and a Python member is the Java constant of its {@code
 * name}.
 */
public final class ModuleEnums {
  private static final Map<String, Class<? extends Enum<?>>> CLASSES = new ConcurrentHashMap<>();

  private ModuleEnums() {}

  /** Registers {@code javaClass} as the enum class {@code pythonName} ({@code module.Name}). */
  public static void register(String pythonName, Class<? extends Enum<?>> javaClass) {
    CLASSES.put(pythonName, javaClass);
  }

  /** The member of the module's class {@code pythonName} for {@code value}. */
  static PyObject toPython(Backend backend, Enum<?> value, String pythonName) {
    int dot = pythonName.lastIndexOf('.');
    return backend
        .importModule(pythonName.substring(0, dot))
        .getAttr(pythonName.substring(dot + 1))
        .getAttr(value.name());
  }

  /**
   * The Java constant of {@code value}, a member of the module's class {@code pythonName}, or
   * {@code null} when {@code value} is no member of that class.
   */
  static Object toJava(PyObject value, String pythonName) {
    Class<? extends Enum<?>> javaClass = CLASSES.get(pythonName);
    if (javaClass == null) {
      throw new IllegalStateException("enum " + pythonName + " belongs to no module found");
    }
    int dot = pythonName.lastIndexOf('.');
    String name = pythonName.substring(dot + 1);
    if (!value.typeName().equals(name)) {
      return null;
    }
    try {
      PyObject type = value.getAttr("__class__");
      if (!type.getAttr("__module__").str().equals(pythonName.substring(0, dot))
          || !type.getAttr("__qualname__").str().equals(name)) {
        return null;
      }
      String member = value.getAttr("name").str();
      for (Enum<?> constant : javaClass.getEnumConstants()) {
        if (constant.name().equals(member)) {
          return constant;
        }
      }
      return null;
    } catch (PyException notAMember) {
      return null;
    }
  }
}
