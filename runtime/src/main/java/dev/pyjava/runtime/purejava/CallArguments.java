package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call from Java, converted to Python objects and laid out as a vectorcall:
 * the positional ones, then the keyword names and their values.
 *
 * @param positional the positional arguments
 * @param kwnames the keyword arguments' names, or {@code null} for none
 * @param kwvalues the keyword arguments' values, matching {@code kwnames}, or {@code null}
 */
record CallArguments(PyObject[] positional, String[] kwnames, PyObject[] kwvalues) {
  /** {@code f(*args)}; a {@code null} array (from {@code call(null)}) is one None. */
  static CallArguments of(Python py, Object[] args) {
    List<Object> values = args == null ? Collections.singletonList(null) : Arrays.asList(args);
    return new CallArguments(
        Conversions.toPythonAll(py, values).toArray(PyObject[]::new), null, null);
  }

  /** {@code f(*args, **kwargs)}; either may be {@code null} for none. */
  static CallArguments of(Python py, List<?> args, Map<String, ?> kwargs) {
    PyObject[] positional =
        Conversions.toPythonAll(py, args == null ? List.of() : args).toArray(PyObject[]::new);
    Map<String, ?> keywords = kwargs == null ? Map.of() : kwargs;
    String[] kwnames = new String[keywords.size()];
    PyObject[] kwvalues = new PyObject[keywords.size()];
    int k = 0;
    for (Map.Entry<String, ?> entry : keywords.entrySet()) {
      if (entry.getKey() == null) {
        throw new PyTypeError("keywords must be strings");
      }
      kwnames[k] = entry.getKey();
      kwvalues[k] = Conversions.toPython(py, entry.getValue());
      k++;
    }
    return new CallArguments(positional, kwnames, kwvalues);
  }

  /** These arguments without the first positional one, which must exist. */
  CallArguments withoutFirst() {
    return new CallArguments(
        Arrays.copyOfRange(positional, 1, positional.length), kwnames, kwvalues);
  }
}
