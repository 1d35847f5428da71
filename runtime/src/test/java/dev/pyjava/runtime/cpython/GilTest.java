package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.InterpreterLock;
import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.cpython.calls.CPythonBackend;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GIL is released exactly where pyjava says, and Python objects refuse threads without it. */
class GilTest {
  private static final String TWO_THREADS =
      """
      import cpython_test as t, threading
      results = []
      def run():
          results.append(t.%s())
      threads = [threading.Thread(target=run) for _ in range(2)]
      for thread in threads:
          thread.start()
      for thread in threads:
          thread.join()
      """;

  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void twoPythonThreadsAreInsideAnAllowThreadsFunctionAtOnce() {
    TestModules.barrier = new CyclicBarrier(2);
    TestModules.barrierTimeoutMillis = TimeUnit.SECONDS.toMillis(60);
    inGil(
        py -> {
          PyDict ns = exec(py, TWO_THREADS.formatted("parallel_wait"));
          assertEquals("[True, True]", text(py, ns, "results"));
        });
  }

  @Test
  void neverTwoThreadsInsideAFunctionThatHoldsTheGil() {
    TestModules.barrier = new CyclicBarrier(2);
    TestModules.barrierTimeoutMillis = 300;
    TestModules.MOST_INSIDE.set(0);
    inGil(
        py -> {
          PyDict ns = exec(py, TWO_THREADS.formatted("held_wait"));
          assertEquals("[False, False]", text(py, ns, "results"));
        });
    assertEquals(1, TestModules.MOST_INSIDE.get());
  }

  @Test
  void aJavaThreadTakesTheGilWhileAnotherHoldsItReleased() throws Exception {
    InterpreterLock lock = CPythonSupport.lock();
    assertFalse(lock.isHeldByCurrentThread());
    String fromOtherThread =
        CompletableFuture.supplyAsync(
                () -> CPythonSupport.withGil(py -> py.importModule("math").getAttr("pi").repr()))
            .get(60, TimeUnit.SECONDS);
    assertEquals("3.141592653589793", fromOtherThread);
    long ticket = lock.acquire();
    try {
      long nested = lock.acquire();
      lock.release(nested);
      assertTrue(lock.isHeldByCurrentThread());
      long saved = lock.releaseAndSave();
      assertFalse(lock.isHeldByCurrentThread());
      lock.restore(saved);
      assertTrue(lock.isHeldByCurrentThread());
    } finally {
      lock.release(ticket);
    }
    assertFalse(lock.isHeldByCurrentThread());
  }

  @Test
  void objectsAndTokensRefuseAThreadWithoutTheGil() {
    PyObject object = CPythonSupport.withGil(py -> py.str("x"));
    IllegalStateException error = assertThrows(IllegalStateException.class, object::repr);
    assertTrue(error.getMessage().contains("without holding the GIL"), error.getMessage());
    IllegalStateException token =
        assertThrows(
            IllegalStateException.class,
            () -> CPythonBackend.instance().token().str("y"));
    assertTrue(token.getMessage().contains("does not hold the interpreter lock"), token.getMessage());
    assertThrows(IllegalStateException.class, () -> CPythonSupport.lock().releaseAndSave());
  }
}
