package dev.pyjava.runtime;

import dev.pyjava.runtime.def.EnumDef;
import dev.pyjava.runtime.def.ExceptionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.exceptions.ModuleExceptions;
import dev.pyjava.runtime.exceptions.PyImportError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The pyjava modules on the class path, found once through {@link ServiceLoader} and {@link
 * ModuleProvider}. Every backend imports from it.
 */
public final class ModuleRegistry {
  private final Map<String, List<Found>> byName;
  private final List<String> loadFailures;

  private record Found(ModuleDef module, String provider) {}

  private ModuleRegistry(Map<String, List<Found>> byName, List<String> loadFailures) {
    this.byName = byName;
    this.loadFailures = loadFailures;
  }

  /** Found on first use, with the context class loader of the thread that first asks. */
  private static final class Discovered {
    static final ModuleRegistry INSTANCE = load(ServiceLoader.load(ModuleProvider.class));
  }

  /** The modules every {@link ModuleProvider} on the class path defines. */
  public static ModuleRegistry discovered() {
    return Discovered.INSTANCE;
  }

  /** The modules the given providers define; a provider that fails to load is remembered. */
  public static ModuleRegistry load(Iterable<ModuleProvider> providers) {
    Map<String, List<Found>> byName = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    var iterator = providers.iterator();
    while (true) {
      try {
        if (!iterator.hasNext()) {
          break;
        }
        ModuleProvider provider = iterator.next();
        ModuleDef module = provider.module();
        for (EnumDef enumDef : module.enums()) {
          ModuleEnums.register(module.name() + "." + enumDef.name(), enumDef.javaClass());
        }
        for (ExceptionDef exception : module.exceptions()) {
          ModuleExceptions.register(
              exception.javaClass(), module.name() + "." + exception.name());
        }
        byName
            .computeIfAbsent(module.name(), name -> new ArrayList<>())
            .add(new Found(module, provider.getClass().getName()));
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        failures.add(e.toString());
      }
    }
    return new ModuleRegistry(byName, List.copyOf(failures));
  }

  /** The names of all modules, sorted. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * The module with this name, or {@code null} when there is none.
   *
   * @throws PyImportError when two providers define the name
   */
  public ModuleDef find(String name) {
    List<Found> found = byName.get(name);
    if (found == null) {
      return null;
    }
    if (found.size() > 1) {
      List<String> providers = found.stream().map(Found::provider).toList();
      throw new PyImportError(
          found.size()
              + " providers define a Python module named '"
              + name
              + "': "
              + String.join(", ", providers)
              + ". Module names must be unique on the class path: remove one jar or rename one"
              + " @PyModule.");
    }
    return found.get(0).module();
  }

  /**
   * Why some providers could not be loaded (each a Java exception's text); empty when all loaded.
   * Worth adding to a "no module named" message.
   */
  public List<String> loadFailures() {
    return loadFailures;
  }
}
