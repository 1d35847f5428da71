package dev.pyjava.runtime.def;

import java.util.List;
import java.util.Objects;

/**
 * A Python callable seen through a Java functional interface: the types of the arguments Java
 * passes (each converted to Python as a function's result is) and of the result Python returns
 * (converted to Java as a function's argument is; {@code VOID} when it is dropped).
 *
 * @param javaInterface the functional interface
 * @param parameters the argument types, in order
 * @param result the result type
 */
public record CallbackType(
    CallbackInterface javaInterface, List<TypeSpec> parameters, TypeSpec result) {

  public CallbackType {
    Objects.requireNonNull(javaInterface, "javaInterface");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(result, "result");
  }

  /** As {@code typing} spells it: {@code Callable[[str], float]}, {@code Callable[[], None]}. */
  public String pythonName() {
    StringBuilder out = new StringBuilder("Callable[[");
    for (int i = 0; i < parameters.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(parameters.get(i).pythonName());
    }
    return out.append("], ").append(result.pythonName()).append(']').toString();
  }
}
