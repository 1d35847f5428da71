package dev.pyjava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.exceptions.PyModuleNotFoundError;
import dev.pyjava.runtime.purejava.PureJavaBackend;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

class ModuleRegistryTest {
  private static ModuleProvider provider(String name) {
    return () -> new ModuleDef(name, null, List.of());
  }

  /** Providers as ServiceLoader yields them, one failing to load in the middle. */
  private static Iterable<ModuleProvider> withABrokenProvider() {
    return () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < 3;
      }

      @Override
      public ModuleProvider next() {
        next++;
        if (next == 2) {
          throw new ServiceConfigurationError("Provider com.example.Broken could not be instantiated");
        }
        return provider(next == 1 ? "beta" : "alpha");
      }
    };
  }

  @Test
  void discoveredModulesIncludeTheTestModule() {
    assertTrue(ModuleRegistry.discovered().names().contains("pyjava_test_calc"));
  }

  @Test
  void aBrokenProviderDoesNotHideTheOthers() {
    ModuleRegistry registry = ModuleRegistry.load(withABrokenProvider());
    assertEquals(List.of("alpha", "beta"), registry.names());
    assertEquals("alpha", registry.find("alpha").name());
    assertNull(registry.find("gamma"));
    assertEquals(
        List.of("java.util.ServiceConfigurationError: Provider com.example.Broken could not be"
            + " instantiated"),
        registry.loadFailures());
  }

  @Test
  void aMissingModuleMentionsProvidersThatFailedToLoad() {
    PureJavaBackend backend = new PureJavaBackend(ModuleRegistry.load(withABrokenProvider()));
    long ticket = backend.lock().acquire();
    try {
      PyModuleNotFoundError e =
          assertThrows(PyModuleNotFoundError.class, () -> backend.importModule("gamma"));
      assertTrue(e.message().startsWith("No module named 'gamma' (some pyjava module providers"
          + " failed to load: java.util.ServiceConfigurationError: Provider com.example.Broken"),
          e.message());
      assertEquals("module", backend.importModule("alpha").typeName());
    } finally {
      backend.lock().release(ticket);
    }
  }
}
