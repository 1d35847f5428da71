package dev.pyjava.runtime.bind;

import dev.pyjava.runtime.PythonRepr;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binds a call's arguments to a function's parameters exactly as CPython binds them for a {@code
 * def} function, with the same error messages. Backend-neutral: it sees only the number of
 * positional arguments and the keyword names.
 *
 * <p>Parameters are expected in Python order: positional-only, then positional-or-keyword, then
 * {@code *args}, then keyword-only, then {@code **kwargs}.
 */
public final class ArgumentBinder {
  /** Identity bindings for the common call: all positional, one argument per parameter. */
  private static final int[][] IDENTITY = new int[16][];

  static {
    for (int n = 0; n < IDENTITY.length; n++) {
      IDENTITY[n] = new int[n];
      for (int i = 0; i < n; i++) {
        IDENTITY[n][i] = i;
      }
    }
  }

  private ArgumentBinder() {}

  /**
   * Binds a call.
   *
   * @param f the function called
   * @param nargs how many positional arguments were passed
   * @param kwnames the keyword arguments' names, in call order; {@code null} for none
   * @return for each parameter, the index of the argument that fills it: {@code 0..nargs-1} for a
   *     positional argument, {@code nargs + k} for keyword argument {@code k}, or {@code -1} when
   *     its default applies, and always {@code -1} for {@code *args} and {@code **kwargs}, whose
   *     arguments {@link Variadics} finds. The array may be shared: read it, never write it.
   * @throws PyTypeError when the call does not fit, worded as CPython words it
   */
  public static int[] bind(FunctionDef f, int nargs, String[] kwnames) {
    List<Parameter> parameters = f.parameters();
    int n = parameters.size();
    boolean noKeywords = kwnames == null || kwnames.length == 0;
    if (noKeywords
        && nargs == n
        && n < IDENTITY.length
        && (n == 0 || parameters.get(n - 1).kind().isPositional())) {
      return IDENTITY[n];
    }
    return bindSlowly(f, parameters, nargs, noKeywords ? new String[0] : kwnames);
  }

  private static int[] bindSlowly(
      FunctionDef f, List<Parameter> parameters, int nargs, String[] kwnames) {
    int n = parameters.size();
    int positionalCount = 0;
    int positionalOnlyCount = 0;
    boolean collectsPositional = false;
    boolean collectsKeywords = false;
    for (Parameter p : parameters) {
      collectsPositional |= p.kind() == ParameterKind.VAR_POSITIONAL;
      collectsKeywords |= p.kind() == ParameterKind.VAR_KEYWORD;
      if (p.kind().isPositional()) {
        positionalCount++;
      }
      if (p.kind() == ParameterKind.POSITIONAL_ONLY) {
        positionalOnlyCount++;
      }
    }
    int[] slots = new int[n];
    Arrays.fill(slots, -1);
    for (int i = 0; i < Math.min(nargs, positionalCount); i++) {
      slots[i] = i;
    }
    for (int k = 0; k < kwnames.length; k++) {
      int index = keywordTarget(parameters, positionalOnlyCount, kwnames[k]);
      if (index < 0 && collectsKeywords) {
        continue;
      }
      if (index < 0) {
        throw unknownKeyword(f, parameters, positionalOnlyCount, kwnames, k);
      }
      if (slots[index] >= 0) {
        throw new PyTypeError(
            f.name() + "() got multiple values for argument " + PythonRepr.str(kwnames[k]));
      }
      slots[index] = nargs + k;
    }
    if (nargs > positionalCount && !collectsPositional) {
      throw tooManyPositional(f, parameters, positionalCount, nargs, slots);
    }
    List<String> missing = missing(parameters, slots, 0, positionalCount);
    if (!missing.isEmpty()) {
      throw missingArguments(f, missing, "positional");
    }
    missing = missing(parameters, slots, positionalCount, n);
    if (!missing.isEmpty()) {
      throw missingArguments(f, missing, "keyword-only");
    }
    return slots;
  }

  /** The parameter a keyword fills: never a positional-only one, nor *args or **kwargs. */
  private static int keywordTarget(List<Parameter> parameters, int from, String name) {
    for (int i = from; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      if (!p.kind().isVariadic() && p.name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static PyTypeError unknownKeyword(
      FunctionDef f, List<Parameter> parameters, int positionalOnlyCount, String[] kwnames, int k) {
    List<String> positionalOnly = new ArrayList<>();
    for (int i = 0; i < positionalOnlyCount; i++) {
      String name = parameters.get(i).name();
      if (Arrays.asList(kwnames).contains(name)) {
        positionalOnly.add(name);
      }
    }
    if (!positionalOnly.isEmpty()) {
      return new PyTypeError(
          f.name()
              + "() got some positional-only arguments passed as keyword arguments: '"
              + String.join(", ", positionalOnly)
              + "'");
    }
    // CPython quotes the name as it is (its '%S'), not as its repr.
    return new PyTypeError(f.name() + "() got an unexpected keyword argument '" + kwnames[k] + "'");
  }

  private static PyTypeError tooManyPositional(
      FunctionDef f, List<Parameter> parameters, int positionalCount, int given, int[] slots) {
    int withDefault = 0;
    for (int i = 0; i < positionalCount; i++) {
      if (parameters.get(i).hasDefault()) {
        withDefault++;
      }
    }
    int keywordOnlyGiven = 0;
    for (int i = positionalCount; i < parameters.size(); i++) {
      if (slots[i] >= 0) {
        keywordOnlyGiven++;
      }
    }
    boolean plural;
    String takes;
    if (withDefault > 0) {
      plural = true;
      takes = "from " + (positionalCount - withDefault) + " to " + positionalCount;
    } else {
      plural = positionalCount != 1;
      takes = Integer.toString(positionalCount);
    }
    String keywordOnlyPart =
        keywordOnlyGiven == 0
            ? ""
            : " positional argument"
                + (given != 1 ? "s" : "")
                + " (and "
                + keywordOnlyGiven
                + " keyword-only argument"
                + (keywordOnlyGiven != 1 ? "s" : "")
                + ")";
    return new PyTypeError(
        f.name()
            + "() takes "
            + takes
            + " positional argument"
            + (plural ? "s" : "")
            + " but "
            + given
            + keywordOnlyPart
            + " "
            + (given == 1 && keywordOnlyGiven == 0 ? "was" : "were")
            + " given");
  }

  private static List<String> missing(List<Parameter> parameters, int[] slots, int from, int to) {
    List<String> names = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Parameter p = parameters.get(i);
      if (slots[i] < 0 && !p.hasDefault() && !p.kind().isVariadic()) {
        names.add(PythonRepr.str(p.name()));
      }
    }
    return names;
  }

  /** {@code missing 3 required positional arguments: 'a', 'b', and 'c'}. */
  private static PyTypeError missingArguments(FunctionDef f, List<String> names, String kind) {
    int count = names.size();
    String listed =
        switch (count) {
          case 1 -> names.get(0);
          case 2 -> names.get(0) + " and " + names.get(1);
          default ->
              String.join(", ", names.subList(0, count - 1)) + ", and " + names.get(count - 1);
        };
    return new PyTypeError(
        f.name()
            + "() missing "
            + count
            + " required "
            + kind
            + " argument"
            + (count != 1 ? "s" : "")
            + ": "
            + listed);
  }
}
