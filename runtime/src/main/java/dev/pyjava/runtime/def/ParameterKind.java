package dev.pyjava.runtime.def;

/** How a Python parameter may be passed, as in {@code inspect.Parameter.kind}. */
public enum ParameterKind {
  /** Before {@code /}: by position only. */
  POSITIONAL_ONLY,
  /** By position or by keyword. */
  POSITIONAL_OR_KEYWORD,
  /** After {@code *}: by keyword only. */
  KEYWORD_ONLY,
  /**
   * {@code *args}: the positional arguments no other parameter takes, as a {@code List}; after
   * the positional parameters, before the keyword-only ones.
   */
  VAR_POSITIONAL,
  /**
   * {@code **kwargs}: the keyword arguments no other parameter takes, as a {@code Map<String,
   * T>} in call order; always last.
   */
  VAR_KEYWORD;

  /** Whether this is {@code *args} or {@code **kwargs}, which collect what others do not take. */
  public boolean isVariadic() {
    return this == VAR_POSITIONAL || this == VAR_KEYWORD;
  }

  /** Whether a parameter of this kind may be filled by position. */
  public boolean isPositional() {
    return this == POSITIONAL_ONLY || this == POSITIONAL_OR_KEYWORD;
  }
}
