package dev.pyjava.runtime.def;

/**
 * The service every generated {@code <Class>_PyModule} implements; runtimes find modules with
 * {@link java.util.ServiceLoader}.
 */
public interface ModuleProvider {
  /** The module this provider defines. */
  ModuleDef module();
}
