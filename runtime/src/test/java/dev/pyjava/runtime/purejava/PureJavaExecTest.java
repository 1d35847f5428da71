package dev.pyjava.runtime.purejava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.Python;
import org.junit.jupiter.api.Test;

/** The pure-Java backend has no interpreter: exec and eval say so instead of pretending. */
class PureJavaExecTest {
  @Test
  void execAndEvalAreUnsupportedWithAClearMessage() {
    Python.withGil(
        py -> {
          assertEquals("purejava", py.backendName());
          UnsupportedOperationException exec =
              assertThrows(UnsupportedOperationException.class, () -> py.exec("x = 1"));
          assertTrue(exec.getMessage().startsWith("the purejava backend has no Python interpreter, so it cannot exec"), exec.getMessage());
          UnsupportedOperationException eval =
              assertThrows(UnsupportedOperationException.class, () -> py.eval("1"));
          assertTrue(eval.getMessage().contains("cannot eval Python source"), eval.getMessage());
          return null;
        });
  }
}
