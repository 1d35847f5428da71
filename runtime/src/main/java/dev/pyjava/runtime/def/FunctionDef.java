package dev.pyjava.runtime.def;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Python function implemented by a Java static method.
 *
 * @param name the Python name
 * @param doc the docstring, or {@code null}
 * @param parameters the Python parameters, in Java order
 * @param result the type of the Java result
 * @param allowThreads whether the body runs with the interpreter lock released
 * @param invoker the generated wrapper that calls the Java method
 */
public record FunctionDef(
    String name,
    String doc,
    List<Parameter> parameters,
    TypeSpec result,
    boolean allowThreads,
    Invoker invoker) {

  public FunctionDef {
    Objects.requireNonNull(name, "name");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(invoker, "invoker");
  }

  /** Starts a definition; generated code chains the rest. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * The signature as {@code inspect} shows it, e.g. {@code (path, search, /, *, limit=10)} or
   * {@code (a, *args, b=1, **kwargs)}.
   */
  public String signature() {
    StringBuilder out = new StringBuilder("(");
    ParameterKind previous = null;
    boolean first = true;
    for (Parameter p : parameters) {
      if (previous == ParameterKind.POSITIONAL_ONLY && p.kind() != ParameterKind.POSITIONAL_ONLY) {
        out.append(", /");
      }
      if (p.kind() == ParameterKind.KEYWORD_ONLY
          && previous != ParameterKind.KEYWORD_ONLY
          && previous != ParameterKind.VAR_POSITIONAL) {
        out.append(first ? "*" : ", *");
        first = false;
      }
      String stars =
          switch (p.kind()) {
            case VAR_POSITIONAL -> "*";
            case VAR_KEYWORD -> "**";
            default -> "";
          };
      out.append(first ? "" : ", ").append(stars).append(p.name());
      if (p.hasDefault()) {
        out.append('=').append(p.defaultRepr());
      }
      previous = p.kind();
      first = false;
    }
    if (previous == ParameterKind.POSITIONAL_ONLY) {
      out.append(", /");
    }
    return out.append(')').toString();
  }

  /** Builds a {@link FunctionDef}. */
  public static final class Builder {
    private final String name;
    private String doc;
    private final List<Parameter> parameters = new ArrayList<>();
    private TypeSpec result = TypeSpec.VOID;
    private boolean allowThreads;

    private Builder(String name) {
      this.name = name;
    }

    public Builder doc(String doc) {
      this.doc = doc;
      return this;
    }

    public Builder parameter(Parameter parameter) {
      parameters.add(parameter);
      return this;
    }

    /** A required positional-or-keyword parameter. */
    public Builder parameter(String name, TypeSpec type) {
      return parameter(Parameter.required(name, type, ParameterKind.POSITIONAL_OR_KEYWORD));
    }

    public Builder returns(TypeSpec result) {
      this.result = result;
      return this;
    }

    public Builder allowThreads() {
      this.allowThreads = true;
      return this;
    }

    public FunctionDef build(Invoker invoker) {
      return new FunctionDef(name, doc, parameters, result, allowThreads, invoker);
    }
  }
}
