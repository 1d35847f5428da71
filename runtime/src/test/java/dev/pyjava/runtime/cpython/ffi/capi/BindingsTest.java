package dev.pyjava.runtime.cpython.ffi.capi;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.cpython.CPythonSupport;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A function the bound libpython does not have fails when it is called, saying why. */
class BindingsTest {
  private static final FunctionDescriptor LONG_TO_LONG = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG);

  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void aMissingFunctionBindsAndFailsWhenCalled() {
    MethodHandle missing = Bindings.function("Py_NoSuchFunction", LONG_TO_LONG);
    IllegalStateException e = failureOf(missing);
    assertTrue(e.getMessage().contains("has no Py_NoSuchFunction"), e.getMessage());
  }

  @Test
  void aFunctionOfANewerVersionFailsWhenCalled() {
    MethodHandle newer = Bindings.since(99, 0, "PyLong_FromLongLong", LONG_TO_LONG);
    IllegalStateException e = failureOf(newer);
    assertTrue(
        e.getMessage().startsWith("PyLong_FromLongLong is in CPython 99.0 and newer, not in 3."),
        e.getMessage());
  }

  @Test
  void aFunctionRemovedBeforeThisVersionFailsWhenCalled() {
    MethodHandle removed = Bindings.until(3, 11, "PyLong_FromLongLong", LONG_TO_LONG);
    IllegalStateException e = failureOf(removed);
    assertTrue(
        e.getMessage().startsWith("PyLong_FromLongLong is in CPython before 3.11"), e.getMessage());
  }

  @Test
  void aFunctionOfThisVersionIsBound() {
    CPythonSupport.inGil(
        py -> {
          MethodHandle since = Bindings.since(3, 11, "PyLong_AsLong", LONG_TO_LONG);
          long seven = NumberApi.PyLong_FromLongLong(7);
          try {
            assertEquals(7L, (long) since.invokeExact(seven));
          } catch (Throwable t) {
            throw new AssertionError(t);
          } finally {
            ObjectApi.Py_DecRef(seven);
          }
        });
  }

  @Test
  void aMissingFunctionReturningAStructHasTheDowncallsType() {
    FunctionDescriptor returnsStatus = FunctionDescriptor.of(Layouts.STATUS, JAVA_LONG);
    MethodHandle missing = Bindings.function("Py_NoSuchFunction", returnsStatus);
    assertEquals(
        Linker.nativeLinker().downcallHandle(returnsStatus).type().dropParameterTypes(0, 1),
        missing.type());
  }

  /** What calling {@code handle} (a {@code long f(long)}) throws. */
  private static IllegalStateException failureOf(MethodHandle handle) {
    return assertThrows(
        IllegalStateException.class,
        () -> {
          long unused = (long) handle.invokeExact(1L);
        });
  }
}
