package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.cpython.process.ForkGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No Java throwable ever leaves an upcall: Python gets an exception and the process lives. */
class SafetyTest {
  private static final String CATCH_ALL =
      """
      import cpython_test as t
      def outcome(f):
          try:
              f()
              return 'returned'
          except BaseException as e:
              return type(e).__name__ + ': ' + str(e)
      results = [outcome(%s) for _ in range(3)]
      after = t.add(1, 1)
      """;

  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void stackOverflowBecomesRecursionError() {
    inGil(
        py -> {
          PyDict ns = exec(py, CATCH_ALL.formatted("t.overflow_stack"));
          String error = "RecursionError: maximum recursion depth exceeded (Java stack overflow)";
          assertEquals("['" + error + "', '" + error + "', '" + error + "']", text(py, ns, "results"));
          assertEquals("2", text(py, ns, "after"));
        });
  }

  @Test
  void outOfMemoryBecomesMemoryError() {
    inGil(
        py -> {
          PyDict ns = exec(py, CATCH_ALL.formatted("t.out_of_memory"));
          String error = "MemoryError: Java heap space (thrown by a test)";
          assertEquals("['" + error + "', '" + error + "', '" + error + "']", text(py, ns, "results"));
          assertEquals("2", text(py, ns, "after"));
        });
  }

  @Test
  void aRealForkRaisesInTheChildAndNotInTheParent() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import cpython_test as t, os, select, signal
                  read, write = os.pipe()
                  pid = os.fork()
                  if pid == 0:
                      try:
                          t.nothing()
                          message = b'no error'
                      except RuntimeError as e:
                          message = str(e).encode()
                      os.write(write, message)
                      os._exit(0)
                  os.close(write)
                  child = b''
                  # A safety net only: a child stuck in the JVM would otherwise hang the build.
                  while select.select([read], [], [], 120)[0] and (chunk := os.read(read, 4096)):
                      child += chunk
                  os.close(read)
                  if not child:
                      os.kill(pid, signal.SIGKILL)
                      child = b'the child hung'
                  os.waitpid(pid, 0)
                  child = child.decode()
                  parent = t.add(2, 3)
                  """);
          assertEquals(ForkGuard.TEXT, text(py, ns, "child"));
          assertEquals("5", text(py, ns, "parent"));
        });
  }
}
