package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The Python modules the runtime runs itself, kept as source resources beside its classes. */
final class PythonSources {
  private PythonSources() {}

  /**
   * A new module named {@code name}, made by running the resource {@code source} with {@code
   * globals} set first. GIL held.
   */
  static PyObject run(Python py, String name, String source, Map<String, PyObject> globals) {
    PyObject module = py.importModule("types").getAttr("ModuleType").call(name);
    PyDict namespace = module.getAttr("__dict__").cast(PyDict.class);
    globals.forEach((key, value) -> namespace.put(py.str(key), value));
    py.importModule("builtins").getAttr("exec").call(read(source), namespace);
    return module;
  }

  private static String read(String source) {
    try (InputStream in = PythonSources.class.getResourceAsStream(source)) {
      if (in == null) {
        throw new IllegalStateException("pyjava's runtime is missing its resource " + source);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
