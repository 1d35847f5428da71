package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static dev.pyjava.runtime.cpython.CPythonSupport.withGil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every reference pyjava takes is given back: no leaks, no double frees. */
class ReferenceTest {
  private static final int MANY = 1000;
  private static final int GC_ATTEMPTS = 600;
  private static final long GC_PAUSE_MILLIS = 50;

  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void argumentsConvertedToJavaValuesKeepNoReference() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_echo as e, sys
                  text = 'some text ' * 3
                  item = 10**30 + 1
                  numbers = [1, 2, 3]
                  nested = [['a', text]]
                  before = [sys.getrefcount(x) for x in (text, numbers, nested, nested[0])]
                  for _ in range(%d):
                      e.echo_str(text)
                      e.echo_list(numbers)
                      e.echo_nested(nested)
                      e.echo_double(item)
                  after = [sys.getrefcount(x) for x in (text, numbers, nested, nested[0])]
                  """
                      .formatted(MANY));
          assertEquals(text(py, ns, "before"), text(py, ns, "after"));
        });
  }

  @Test
  void cleanerReleasesWhatJavaWrappersHeld() throws InterruptedException {
    // "control" is never shown to Java: its count is what "target" must come back to.
    PyDict namespace =
        withGil(
            py ->
                exec(
                    py,
                    """
                    import cpython_echo as e, cpython_test as t
                    target = object()
                    control = object()
                    for _ in range(%d):
                        e.echo_object(target)
                    t.keep(target)
                    """
                        .formatted(MANY)));
    long baseline = withGil(py -> referenceCount(py, namespace, "control"));
    List<PyObject> held = new ArrayList<>();
    inGil(
        py -> {
          for (int i = 0; i < MANY; i++) {
            held.add(namespace.get(py.str("target")));
          }
        });
    long whileHeld = withGil(py -> referenceCount(py, namespace, "target"));
    assertTrue(whileHeld >= baseline + MANY + 1, whileHeld + " references while held");
    held.clear();
    TestModules.kept = null;
    long now = whileHeld;
    for (int attempt = 0; attempt < GC_ATTEMPTS && now != baseline; attempt++) {
      System.gc();
      Thread.sleep(GC_PAUSE_MILLIS);
      now = withGil(py -> referenceCount(py, namespace, "target"));
    }
    assertEquals(baseline, now);
  }

  @Test
  void aCallScopedWrapperIsUnusableAfterItsCall() {
    inGil(
        py -> {
          PyObject owner = py.str("still alive");
          CallScope scope = new CallScope();
          PyObject argument = Wrappers.argument(CPyObject.addressOf(owner), scope);
          assertEquals("'still alive'", argument.repr());
          scope.close();
          IllegalStateException error = assertThrows(IllegalStateException.class, argument::repr);
          assertTrue(error.getMessage().contains("call that has returned"), error.getMessage());
          assertEquals("'still alive'", owner.repr());
        });
  }

  @Test
  void anArgumentKeptWithoutRetainFailsClearlyAndOneRetainedStaysValid() {
    inGil(
        py -> {
          exec(
              py,
              """
              import cpython_test as t
              t.keep_unretained('kept without retain')
              t.keep('kept with retain')
              """);
          IllegalStateException error =
              assertThrows(IllegalStateException.class, TestModules.keptUnretained::repr);
          assertTrue(error.getMessage().contains("retain()"), error.getMessage());
          assertEquals("'kept with retain'", TestModules.kept.repr());
        });
    TestModules.kept = null;
    TestModules.keptUnretained = null;
  }

  /**
   * The reference count of {@code namespace[name]}, less the one the wrapper read here holds:
   * {@code ob_refcnt}, the first field of a default build's object header.
   */
  private static long referenceCount(Python py, PyDict namespace, String name) {
    PyObject value = namespace.get(py.str(name));
    return NativeMemory.readPointer(CPyObject.addressOf(value)) - 1;
  }
}
