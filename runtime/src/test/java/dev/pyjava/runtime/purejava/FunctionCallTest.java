package dev.pyjava.runtime.purejava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Invoker;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyOSError;
import dev.pyjava.runtime.exceptions.PyRuntimeError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FunctionCallTest {
  private static final PureJavaBackend BACKEND = new PureJavaBackend();
  private static final PureJavaLock LOCK = BACKEND.lock();

  /** Runs {@code body} holding {@link #BACKEND}'s lock, re-entrantly. */
  private static <T> T gil(Function<Python, T> body) {
    long ticket = LOCK.acquire();
    try {
      return body.apply(BACKEND.token());
    } finally {
      LOCK.release(ticket);
    }
  }

  private static FunctionDef noArgs(Invoker invoker) {
    return FunctionDef.builder("f").returns(TypeSpec.STRING).build(invoker);
  }

  @Test
  void trampolineReturnsTheResult() {
    assertEquals(
        "ok", gil(py -> Trampoline.invoke(BACKEND, noArgs((p, a) -> "ok"), new Object[0])));
  }

  @Test
  void trampolineKeepsTheLockForOrdinaryFunctions() {
    boolean held = gil(py -> (Boolean) Trampoline.invoke(
        BACKEND, noArgs((p, a) -> LOCK.isHeldByCurrentThread()), new Object[0]));
    assertTrue(held);
  }

  @Test
  void trampolineReleasesTheLockForAllowThreadsFunctions() {
    FunctionDef f = FunctionDef.builder("f").allowThreads()
        .build((p, a) -> LOCK.isHeldByCurrentThread());
    gil(py -> gil(nested -> {
      assertEquals(false, Trampoline.invoke(BACKEND, f, new Object[0]));
      assertTrue(LOCK.isHeldByCurrentThread());
      return null;
    }));
    assertFalse(LOCK.isHeldByCurrentThread(), "the hold depth was not restored");
  }

  @Test
  void trampolineMapsEverythingThrown() {
    FunctionDef checked = noArgs((p, a) -> {
      throw new IOException("disk");
    });
    PyException e = gil(py -> assertThrows(
        PyOSError.class, () -> Trampoline.invoke(BACKEND, checked, new Object[0])));
    assertEquals("disk", e.message());
    FunctionDef error = FunctionDef.builder("f").allowThreads().build((p, a) -> {
      throw new LinkageError("gone");
    });
    gil(py -> {
      PyRuntimeError r = assertThrows(
          PyRuntimeError.class, () -> Trampoline.invoke(BACKEND, error, new Object[0]));
      assertEquals("java.lang.LinkageError: gone", r.message());
      assertTrue(LOCK.isHeldByCurrentThread());
      return null;
    });
    PyValueError own = new PyValueError("mine");
    FunctionDef raises = noArgs((p, a) -> {
      throw own;
    });
    assertSame(own, gil(py -> assertThrows(
        PyValueError.class, () -> Trampoline.invoke(BACKEND, raises, new Object[0]))));
  }

  @Test
  void aTokenUsedInsideAnAllowThreadsBodyIsARuntimeError() {
    FunctionDef f = FunctionDef.builder("f").allowThreads().build((p, a) -> p.none());
    PyRuntimeError e = gil(py -> assertThrows(
        PyRuntimeError.class, () -> Trampoline.invoke(BACKEND, f, new Object[0])));
    assertTrue(e.message().contains("does not hold the interpreter lock"), e.message());
  }

  @Test
  void callBindsConvertsAndConvertsBack() {
    AtomicReference<List<Object>> received = new AtomicReference<>();
    FunctionDef f = FunctionDef.builder("f")
        .parameter(Parameter.required("a", TypeSpec.INT, ParameterKind.POSITIONAL_ONLY))
        .parameter(Parameter.optional(
            "b", TypeSpec.STRING, ParameterKind.POSITIONAL_OR_KEYWORD, "dflt", "'dflt'"))
        .parameter(Parameter.optional(
            "c", TypeSpec.optional(TypeSpec.INT), ParameterKind.KEYWORD_ONLY, 5, "5"))
        .parameter(Parameter.optional(
            "d", TypeSpec.optional(TypeSpec.INT), ParameterKind.KEYWORD_ONLY, null, "None"))
        .returns(TypeSpec.list(TypeSpec.STRING))
        .build((py, args) -> {
          received.set(Arrays.asList(args));
          return List.of("r");
        });
    String result = gil(py -> FunctionCall.call(
        BACKEND, f, new PyObject[] {py.integer(1)}, new String[] {"d"},
        new PyObject[] {py.integer(9)}).repr());
    assertEquals("['r']", result);
    assertEquals(List.of(1, "dflt", Optional.of(5), Optional.of(9)), received.get());
    gil(py -> FunctionCall.call(
        BACKEND, f, new PyObject[] {py.integer(2), py.str("x")}, null, null));
    assertEquals(List.of(2, "x", Optional.of(5), Optional.empty()), received.get());
  }

  @Test
  void callReportsBindingAndConversionErrors() {
    FunctionDef f = FunctionDef.builder("f").parameter("n", TypeSpec.INT).build((p, a) -> null);
    assertEquals("f() missing 1 required positional argument: 'n'", gil(py -> assertThrows(
        PyTypeError.class,
        () -> FunctionCall.call(BACKEND, f, new PyObject[0], null, null)).message()));
    assertEquals("f() argument 'n' must be int, not str", gil(py -> assertThrows(
        PyTypeError.class,
        () -> FunctionCall.call(BACKEND, f, new PyObject[] {py.str("x")}, null, null)).message()));
  }

  @Test
  void aResultOfTheWrongJavaTypeIsARuntimeErrorNotACrash() {
    FunctionDef f = noArgs((p, a) -> 42);
    PyRuntimeError e = gil(py -> assertThrows(
        PyRuntimeError.class, () -> FunctionCall.call(BACKEND, f, new PyObject[0], null, null)));
    assertInstanceOf(ClassCastException.class, e.getCause());
  }
}
