package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code PyObject.setAttr} on the CPython backend: Python's {@code setattr}, Python's errors. */
class SetAttrTest {
  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void setsPropertiesAndRaisesWhatPythonRaises() {
    inGil(
        py -> {
          PyObject box = exec(py, "import cpython_types as t\nb = t.Box('ab')").get(py.str("b"));
          box.setAttr("text", "xyz");
          assertEquals("3", box.getAttr("length").repr());
          assertEquals(
              "attribute 'length' of 'cpython_types.Box' objects is not writable",
              assertThrows(PyAttributeError.class, () -> box.setAttr("length", 2)).message());
          assertEquals(
              "argument must be str, not int",
              assertThrows(PyTypeError.class, () -> box.setAttr("text", 5)).message());
          PyObject module = py.importModule("cpython_types");
          module.setAttr("answer", 42);
          assertEquals("42", module.getAttr("answer").repr());
        });
  }
}
