package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PythonRepr;
import dev.pyjava.runtime.cpython.calls.UpcallShell;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import dev.pyjava.runtime.cpython.modules.KnownModules;
import dev.pyjava.runtime.cpython.modules.NativeModules;
import dev.pyjava.runtime.cpython.objects.LastResort;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.objects.Strings;
import dev.pyjava.runtime.cpython.process.ForkGuard;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.exceptions.BuiltinExceptions;
import dev.pyjava.runtime.exceptions.PyException;
import java.util.List;

/**
 * The entry points a {@code python3} process uses to load pyjava modules from a JVM it started
 * (through the JNI invocation API; each is called once per module, with the GIL held). Everything
 * after that goes through the modules' own functions.
 *
 * <p>The first call binds pyjava to the Python running this process (never loading a second
 * libpython) and installs the CPython backend.
 */
public final class PythonHost {
  private PythonHost() {}

  /**
   * Creates the pyjava module named by the NUL-terminated UTF-8 string at {@code
   * utf8NameAddress}.
   *
   * @return a new reference to the module ({@code PyObject*}), or 0 with a Python exception set
   *     ({@code ModuleNotFoundError: No module named 'x'} for an unknown name)
   */
  public static long createModule(long utf8NameAddress) {
    if (!attach()) {
      return 0;
    }
    return UpcallShell.run(
        () -> {
          if (ForkGuard.isForkedChild()) {
            return ForkGuard.refuse();
          }
          String name = NativeMemory.readCString(utf8NameAddress);
          ModuleDef module = KnownModules.find(name);
          if (module == null) {
            PythonErrors.raise(moduleNotFound(name));
            return 0;
          }
          return NativeModules.create(module);
        });
  }

  private static PyException moduleNotFound(String name) {
    String message = "No module named " + PythonRepr.str(name);
    List<String> failures = KnownModules.loadFailures();
    if (!failures.isEmpty()) {
      message += " (pyjava providers that failed to load: " + String.join("; ", failures) + ")";
    }
    return BuiltinExceptions.create("ModuleNotFoundError", message, List.of(message), null);
  }

  /**
   * A new reference to a Python list of the names of every pyjava module this JVM offers, or 0
   * with a Python exception set.
   */
  public static long listModules() {
    if (!attach()) {
      return 0;
    }
    return UpcallShell.run(
        () -> {
          List<String> names = KnownModules.names();
          long list = PythonErrors.nonNull(ContainerApi.PyList_New(names.size()));
          try {
            for (int i = 0; i < names.size(); i++) {
              // PyList_SetItem steals the new reference.
              PythonErrors.nonNegative(ContainerApi.PyList_SetItem(list, i, Strings.toPython(names.get(i))));
            }
            return list;
          } catch (RuntimeException | Error e) {
            ObjectApi.Py_DecRef(list);
            throw e;
          }
        });
  }

  /**
   * The address of the NUL-terminated UTF-8 message a forked child gets (the runtime's fork guard
   * keeps the child's calls out of Java; the Python side raises it for imports in a child).
   */
  public static long forkedChildMessage() {
    return ForkGuard.messageAddress();
  }

  /** Binds and installs on first use; false (reported on stderr) when impossible. */
  private static boolean attach() {
    try {
      Interpreter.attachToRunningPython(true);
      return true;
    } catch (Throwable failure) {
      String message = "pyjava: cannot start the CPython backend: " + failure;
      if (LibPython.isBound()) {
        LastResort.raiseRuntimeError(message);
      } else {
        System.err.println(message);
      }
      return false;
    }
  }
}
