package dev.pyjava.runtime;

import dev.pyjava.runtime.purejava.PureJavaBackend;
import java.util.Objects;

/**
 * Which backend the process uses: the one a host installed (the CPython backend, when Python
 * loads pyjava), else the pure-Java one, made on first use.
 */
public final class Backends {
  private static volatile Backend installed;

  private Backends() {}

  /** Made on first use only, so a process running CPython never starts the pure-Java backend. */
  private static final class PureJava {
    static final Backend INSTANCE = new PureJavaBackend();
  }

  /** The installed backend, else the pure-Java one. */
  public static Backend current() {
    Backend backend = installed;
    return backend != null ? backend : PureJava.INSTANCE;
  }

  /**
   * Makes {@code backend} the process's backend. Installing the same one again does nothing.
   *
   * @throws IllegalStateException if a different backend is already installed
   */
  public static synchronized void install(Backend backend) {
    Objects.requireNonNull(backend, "backend");
    Backend existing = installed;
    if (existing != null && existing != backend) {
      throw new IllegalStateException(
          "the "
              + existing.name()
              + " backend is already installed; a process runs one Python backend, so the "
              + backend.name()
              + " backend cannot be installed too");
    }
    installed = backend;
  }
}
