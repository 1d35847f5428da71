package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Python modules the runtime runs itself, kept as source resources beside the classes that
 * run them.
 */
public final class PythonSources {
  private PythonSources() {}

  private static final StackWalker CALLERS =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  /**
   * A new module named {@code name}, made by running {@code source}, a resource beside the
   * calling class, with {@code globals} set first. GIL held.
   */
  public static PyObject run(Python py, String name, String source, Map<String, PyObject> globals) {
    Class<?> caller = CALLERS.getCallerClass();
    PyObject module = py.importModule("types").getAttr("ModuleType").call(name);
    PyDict namespace = module.getAttr("__dict__").cast(PyDict.class);
    globals.forEach((key, value) -> namespace.put(py.str(key), value));
    py.importModule("builtins").getAttr("exec").call(read(caller, source), namespace);
    return module;
  }

  private static String read(Class<?> caller, String source) {
    try (InputStream in = caller.getResourceAsStream(source)) {
      if (in == null) {
        throw new IllegalStateException("pyjava's runtime is missing its resource " + source);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
