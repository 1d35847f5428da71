package dev.pyjava.runtime.def;

/** How a Python parameter may be passed, as in {@code inspect.Parameter.kind}. */
public enum ParameterKind {
  /** Before {@code /}: by position only. */
  POSITIONAL_ONLY,
  /** By position or by keyword. */
  POSITIONAL_OR_KEYWORD,
  /** After {@code *}: by keyword only. */
  KEYWORD_ONLY
}
