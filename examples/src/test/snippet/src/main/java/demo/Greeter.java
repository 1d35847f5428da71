package demo;

import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;

/** Greets, from a project built with nothing but the README's Maven snippets. */
@PyModule
public final class Greeter {
  private Greeter() {}

  /** A greeting for {@code name}. */
  @PyFunction
  public static String greet(String name) {
    return "Hello, " + name + "!";
  }
}
