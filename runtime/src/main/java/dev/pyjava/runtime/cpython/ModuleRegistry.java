package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The pyjava modules this JVM offers Python: every {@link ModuleProvider} that {@link
 * ServiceLoader} finds, plus any registered directly (by embedders and tests) before Python
 * imports them.
 */
final class ModuleRegistry {
  private ModuleRegistry() {}

  private static Map<String, ModuleDef> modules;
  private static final Map<String, ModuleDef> REGISTERED = new LinkedHashMap<>();

  /** Adds a module that no provider defines. */
  static synchronized void register(ModuleDef module) {
    ModuleDef existing = all().get(module.name());
    if (existing != null && existing != module) {
      throw new IllegalStateException("a pyjava module named '" + module.name() + "' already exists");
    }
    REGISTERED.put(module.name(), module);
    modules.put(module.name(), module);
  }

  /** The module named {@code name}, or {@code null}. */
  static synchronized ModuleDef find(String name) {
    return all().get(name);
  }

  /** The names of all modules, providers' first, in discovery order. */
  static synchronized List<String> names() {
    return List.copyOf(all().keySet());
  }

  /** All modules, by name. */
  static synchronized List<ModuleDef> modules() {
    return List.copyOf(all().values());
  }

  private static Map<String, ModuleDef> all() {
    if (modules == null) {
      Map<String, ModuleDef> found = new LinkedHashMap<>();
      Map<String, String> providers = new LinkedHashMap<>();
      for (ModuleProvider provider :
          ServiceLoader.load(ModuleProvider.class, ModuleRegistry.class.getClassLoader())) {
        ModuleDef module = provider.module();
        String previous = providers.putIfAbsent(module.name(), provider.getClass().getName());
        if (previous != null) {
          throw new IllegalStateException(
              "two pyjava modules are named '"
                  + module.name()
                  + "': "
                  + previous
                  + " and "
                  + provider.getClass().getName()
                  + "; rename one with @PyModule(name = ...)");
        }
        found.put(module.name(), module);
      }
      found.putAll(REGISTERED);
      modules = found;
    }
    return modules;
  }
}
