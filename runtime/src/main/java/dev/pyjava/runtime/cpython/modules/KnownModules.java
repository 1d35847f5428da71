package dev.pyjava.runtime.cpython.modules;

import dev.pyjava.runtime.ModuleRegistry;
import dev.pyjava.runtime.def.ModuleDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The pyjava modules this JVM offers Python: those {@link ModuleRegistry#discovered()} finds on
 * the class path, plus any registered here directly (by embedders and tests) before Python
 * imports them. A registered module hides a discovered one of the same name.
 */
public final class KnownModules {
  private KnownModules() {}

  private static final Map<String, ModuleDef> REGISTERED = new LinkedHashMap<>();

  /** Adds a module that no provider on the class path defines. */
  public static synchronized void register(ModuleDef module) {
    ModuleDef existing = REGISTERED.putIfAbsent(module.name(), module);
    if (existing != null && existing != module) {
      throw new IllegalStateException("a pyjava module named '" + module.name() + "' is already registered");
    }
  }

  /**
   * The module named {@code name}, or {@code null}.
   *
   * @throws dev.pyjava.runtime.exceptions.PyImportError if two providers define it
   */
  public static synchronized ModuleDef find(String name) {
    ModuleDef registered = REGISTERED.get(name);
    return registered != null ? registered : ModuleRegistry.discovered().find(name);
  }

  /** The names of all modules, sorted. */
  public static synchronized List<String> names() {
    TreeSet<String> names = new TreeSet<>(ModuleRegistry.discovered().names());
    names.addAll(REGISTERED.keySet());
    return List.copyOf(names);
  }

  /** Why some providers could not be loaded; empty when all loaded. */
  public static List<String> loadFailures() {
    return ModuleRegistry.discovered().loadFailures();
  }
}
