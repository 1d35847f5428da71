package dev.pyjava.runtime;
final class Conversions {
  static java.util.List<PyObject> toPythonAll(Python py, Iterable<?> v) { throw new UnsupportedOperationException(); }
  static PyObject toPython(Python py, Object v) { throw new UnsupportedOperationException(); }
}
