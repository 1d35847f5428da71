package dev.pyjava.runtime.purejava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.Backends;
import dev.pyjava.runtime.InterpreterLock;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyFileNotFoundError;
import dev.pyjava.runtime.exceptions.PyImportError;
import dev.pyjava.runtime.exceptions.PyModuleNotFoundError;
import dev.pyjava.runtime.exceptions.PyRecursionError;
import dev.pyjava.runtime.exceptions.PyRuntimeError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PureJavaInterpreterTest {
  private static final InterpreterLock LOCK = Backends.current().lock();

  private static <T> T gil(Function<Python, T> body) {
    return Python.withGil(body);
  }

  private static PyObject calc(Python py, String function) {
    return py.importModule("pyjava_test_calc").getAttr(function);
  }

  private static String call(String function, Object... args) {
    return gil(py -> calc(py, function).call(args).repr());
  }

  private static String callWithKeywords(String function, List<?> args, Map<String, ?> kwargs) {
    return gil(py -> calc(py, function).call(args, kwargs).repr());
  }

  private static <E extends PyException> String error(Class<E> type, Function<Python, ?> body) {
    return gil(py -> assertThrows(type, () -> body.apply(py)).message());
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "latch not reached");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void thePureJavaBackendIsTheDefault() {
    assertEquals("purejava", Backends.current().name());
    assertInstanceOf(PureJavaBackend.class, Backends.current());
  }

  @Test
  void importFindsModulesThroughServiceLoaderOnce() {
    gil(py -> {
      PyObject module = py.importModule("pyjava_test_calc");
      assertSame(module, py.importModule("pyjava_test_calc"));
      assertEquals("module", module.typeName());
      assertEquals("'pyjava_test_calc'", module.getAttr("__name__").repr());
      assertEquals("\"Functions for the runtime's tests.\"", module.getAttr("__doc__").repr());
      assertEquals("<module 'pyjava_test_calc' (purejava)>", module.repr());
      return null;
    });
  }

  @Test
  void anUnknownModuleIsModuleNotFoundError() {
    assertEquals(
        "No module named 'no_such_module'",
        error(PyModuleNotFoundError.class, py -> py.importModule("no_such_module")));
  }

  @Test
  void twoProvidersOfOneNameIsAClearImportError() {
    String message = error(PyImportError.class, py -> py.importModule("pyjava_test_duplicate"));
    assertTrue(message.startsWith("2 providers define a Python module named 'pyjava_test_duplicate'"), message);
    assertTrue(message.contains("TestModules$DuplicateA"), message);
    assertTrue(message.contains("TestModules$DuplicateB"), message);
  }

  @Test
  void anUnknownAttributeIsAttributeError() {
    assertEquals(
        "module 'pyjava_test_calc' has no attribute 'x'",
        error(PyAttributeError.class, py -> py.importModule("pyjava_test_calc").getAttr("x")));
  }

  @Test
  void functionsDescribeThemselves() {
    gil(py -> {
      PyObject search = calc(py, "search");
      assertEquals("'search'", search.getAttr("__name__").repr());
      assertEquals("'pyjava_test_calc'", search.getAttr("__module__").repr());
      assertEquals("'Counts occurrences of search in path.'", search.getAttr("__doc__").repr());
      assertEquals("'($module, path, search, /)'", search.getAttr("__text_signature__").repr());
      assertEquals(
          "'($module, values, /, factor=2.0, *, limit=None)'",
          calc(py, "scale").getAttr("__text_signature__").repr());
      assertEquals("'($module)'", calc(py, "noop").getAttr("__text_signature__").repr());
      assertEquals("None", calc(py, "noop").getAttr("__doc__").repr());
      assertEquals("builtin_function_or_method", search.typeName());
      assertEquals("<built-in function search>", search.repr());
      assertEquals(
          "'builtin_function_or_method' object has no attribute 'x'",
          assertThrows(PyAttributeError.class, () -> search.getAttr("x")).message());
      return null;
    });
  }

  @Test
  void positionalCalls() {
    assertEquals("5", call("add", 2, 3));
    assertEquals("2", call("search", "a b a", "a"));
    assertEquals("[2.0, 4.0]", call("scale", List.of(1, 2.0)));
    assertEquals("[3.0]", call("scale", List.of(1), 3));
    assertEquals("None", call("noop"));
  }

  @Test
  void keywordCalls() {
    Map<String, Object> kwargs = new LinkedHashMap<>();
    kwargs.put("b", 10);
    kwargs.put("a", 1);
    assertEquals("11", callWithKeywords("add", List.of(), kwargs));
    assertEquals("11", callWithKeywords("add", List.of(1), Map.of("b", 10)));
    assertEquals("[1.5]", callWithKeywords("scale", List.of(List.of(1, 2)), Map.of("factor", 1.5, "limit", 1)));
    assertEquals("[2.0]", callWithKeywords("scale", List.of(List.of(1, 2)), Map.of("limit", 1)));
    assertEquals("[2.0, 4.0]", callWithKeywords("scale", List.of(List.of(1, 2)), null));
  }

  @Test
  void badCallsGetPythonsMessages() {
    assertEquals(
        "search() missing 1 required positional argument: 'search'",
        error(PyTypeError.class, py -> calc(py, "search").call("path")));
    assertEquals(
        "search() takes 2 positional arguments but 3 were given",
        error(PyTypeError.class, py -> calc(py, "search").call("a", "b", "c")));
    assertEquals(
        "search() got some positional-only arguments passed as keyword arguments: 'path'",
        error(PyTypeError.class, py -> calc(py, "search").call(List.of(), Map.of("path", "p"))));
    assertEquals(
        "search() got some positional-only arguments passed as keyword arguments: 'path, search'",
        error(PyTypeError.class,
            py -> calc(py, "search").call(List.of(), Map.of("search", "s", "path", "p"))));
    assertEquals(
        "add() got an unexpected keyword argument 'c'",
        error(PyTypeError.class, py -> calc(py, "add").call(List.of(1, 2), Map.of("c", 3))));
    assertEquals(
        "add() got multiple values for argument 'a'",
        error(PyTypeError.class, py -> calc(py, "add").call(List.of(1, 2), Map.of("a", 3))));
    assertEquals(
        "scale() takes from 1 to 2 positional arguments but 3 were given",
        error(PyTypeError.class, py -> calc(py, "scale").call(List.of(), 1, 2)));
    assertEquals(
        "search() argument 'path' must be str, not int",
        error(PyTypeError.class, py -> calc(py, "search").call(1, "s")));
    assertEquals(
        "scale() argument 'values' item 1 must be float, not str",
        error(PyTypeError.class, py -> calc(py, "scale").call(List.of(1, "x"))));
    assertEquals(
        "scale() argument 'limit' must be int | None, not str",
        error(PyTypeError.class,
            py -> calc(py, "scale").call(List.of(List.of()), Map.of("limit", "x"))));
    assertEquals(
        "keywords must be strings",
        error(PyTypeError.class, py -> {
          Map<String, Object> bad = new HashMap<>();
          bad.put(null, 1);
          return calc(py, "add").call(List.of(), bad);
        }));
  }

  @Test
  void javaExceptionsBecomePythonExceptions() {
    PyFileNotFoundError io = gil(py -> assertThrows(
        PyFileNotFoundError.class, () -> calc(py, "fail").call("io")));
    assertEquals("[Errno 2] No such file or directory: 'missing.txt'", io.message());
    assertTrue(io.notes().get(0).contains("java.nio.file.NoSuchFileException: missing.txt"));
    assertEquals(
        "java.lang.IllegalStateException: boom",
        error(PyRuntimeError.class, py -> calc(py, "fail").call("state")));
    assertEquals("bad value", error(PyValueError.class, py -> calc(py, "fail").call("value")));
  }

  @Test
  void resultsMayBePythonObjects() {
    gil(py -> {
      PyList list = calc(py, "make_list").call(2).cast(PyList.class);
      assertEquals("['x', 'x']", list.repr());
      return null;
    });
  }

  @Test
  void allowThreadsFunctionsReleaseTheLockDuringTheBody() throws Exception {
    TestModules.Gate.reset();
    AtomicReference<String> result = new AtomicReference<>();
    AtomicReference<Boolean> heldAfterCall = new AtomicReference<>();
    Thread caller = new Thread(() -> gil(py -> {
      result.set(calc(py, "released_while_waiting").call().repr());
      heldAfterCall.set(LOCK.isHeldByCurrentThread());
      return null;
    }), "caller");
    caller.start();
    await(TestModules.Gate.entered);
    // The body is waiting on the gate: the lock must be free for this thread to take.
    gil(py -> py.none());
    TestModules.Gate.release.countDown();
    caller.join(TimeUnit.SECONDS.toMillis(30));
    assertFalse(caller.isAlive());
    assertEquals("False", result.get(), "the body ran with the lock held");
    assertTrue(heldAfterCall.get(), "the lock was not taken back after the body");
  }

  @Test
  void lockHoldingFunctionsKeepTheLockDuringTheBody() throws Exception {
    TestModules.Gate.reset();
    AtomicReference<String> result = new AtomicReference<>();
    Thread caller = new Thread(
        () -> gil(py -> {
          result.set(calc(py, "held_while_waiting").call().repr());
          return null;
        }),
        "caller");
    caller.start();
    await(TestModules.Gate.entered);
    CountDownLatch contenderGotIt = new CountDownLatch(1);
    Thread contender = new Thread(() -> gil(py -> {
      contenderGotIt.countDown();
      return null;
    }), "contender");
    contender.start();
    while (LockSupport.getBlocker(contender) != LOCK) {
      assertTrue(contender.isAlive(), "the contender finished while the body held the lock");
      Thread.yield();
    }
    assertEquals(1, contenderGotIt.getCount(), "the lock was free while the body ran");
    TestModules.Gate.release.countDown();
    await(contenderGotIt);
    caller.join(TimeUnit.SECONDS.toMillis(30));
    contender.join(TimeUnit.SECONDS.toMillis(30));
    assertEquals("True", result.get());
  }

  @Test
  void allowThreadsFunctionsTakeTheLockBackWhenTheBodyThrowsAnError() {
    gil(py -> {
      PyRecursionError e = assertThrows(
          PyRecursionError.class, () -> calc(py, "fail_released").call());
      assertEquals("maximum recursion depth exceeded (Java stack overflow)", e.message());
      assertTrue(LOCK.isHeldByCurrentThread());
      return null;
    });
    assertFalse(LOCK.isHeldByCurrentThread());
  }

  @Test
  void callingWithoutTheLockIsRejected() {
    PyObject add = gil(py -> calc(py, "add"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> add.call(1, 2));
    assertTrue(e.getMessage().contains("Python.withGil"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Backends.current().importModule("pyjava_test_calc"));
  }
}
