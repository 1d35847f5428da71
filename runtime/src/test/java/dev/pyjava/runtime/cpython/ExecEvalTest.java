package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.exceptions.PyAssertionError;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyZeroDivisionError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Python.exec} and {@code Python.eval} run source text in {@code __main__}. */
class ExecEvalTest {
  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void execDefinesNamesThatEvalSees() {
    inGil(
        py -> {
          py.exec("import cpython_test\nexec_eval_total = sum(range(5))\n");
          PyObject total = py.eval("exec_eval_total * 2");
          assertEquals("int", total.typeName());
          assertEquals(20, total.cast(PyLong.class).longValue());
          assertEquals("cpython_test", py.eval("cpython_test.__name__").str());
          assertEquals("__main__", py.eval("__name__").str());
        });
  }

  @Test
  void failedAssertIsAPyAssertionError() {
    inGil(
        py -> {
          PyAssertionError error =
              assertThrows(PyAssertionError.class, () -> py.exec("assert 1 + 1 == 3, 'bad sum'"));
          assertEquals("bad sum", error.getMessage());
        });
  }

  @Test
  void evalRaisesAsTheJavaTypeOfThePythonError() {
    inGil(py -> assertThrows(PyZeroDivisionError.class, () -> py.eval("1 / 0")));
  }

  @Test
  void statementsAreASyntaxErrorForEval() {
    inGil(
        py -> {
          PyException error = assertThrows(PyException.class, () -> py.eval("x = 1"));
          assertEquals("SyntaxError", error.pythonType());
        });
  }

  @Test
  void execNeedsTheLock() {
    dev.pyjava.runtime.Python py = CPythonSupport.withGil(p -> p);
    assertThrows(IllegalStateException.class, () -> py.exec("pass"));
  }
}
