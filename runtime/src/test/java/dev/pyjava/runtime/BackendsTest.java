package dev.pyjava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.exceptions.PyOverflowError;
import dev.pyjava.runtime.purejava.PureJavaBackend;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendsTest {
  @Test
  void installingTheCurrentBackendAgainIsFineButASecondOneIsNot() {
    Backend current = Backends.current();
    Backends.install(current);
    Backends.install(current);
    assertSame(current, Backends.current());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Backends.install(new PureJavaBackend()));
    assertTrue(e.getMessage().contains("already installed"), e.getMessage());
    assertSame(current, Backends.current());
  }

  /** A backend that has only {@code long} ints: it keeps {@link Backend}'s default bigInteger. */
  private record LongOnly(Backend inner) implements Backend {
    public String name() {
      return "long-only";
    }

    public InterpreterLock lock() {
      return inner.lock();
    }

    public Python token() {
      return inner.token();
    }

    public PyObject none() {
      return inner.none();
    }

    public PyObject bool(boolean value) {
      return inner.bool(value);
    }

    public PyLong integer(long value) {
      return inner.integer(value);
    }

    public PyFloat floating(double value) {
      return inner.floating(value);
    }

    public PyStr str(String value) {
      return inner.str(value);
    }

    public PyBytes bytes(byte[] value) {
      return inner.bytes(value);
    }

    public PyList list(List<? extends PyObject> items) {
      return inner.list(items);
    }

    public PyTuple tuple(List<? extends PyObject> items) {
      return inner.tuple(items);
    }

    public PyDict dict() {
      return inner.dict();
    }

    public PyObject importModule(String name) {
      return inner.importModule(name);
    }
  }

  @Test
  void theDefaultBigIntegerHandlesLongsAndRejectsMore() {
    Backend backend = new LongOnly(new PureJavaBackend());
    long ticket = backend.lock().acquire();
    try {
      assertEquals(Long.MIN_VALUE, backend.bigInteger(BigInteger.valueOf(Long.MIN_VALUE)).longValue());
      PyOverflowError e = assertThrows(
          PyOverflowError.class, () -> backend.bigInteger(BigInteger.TWO.pow(63)));
      assertEquals("int 9223372036854775808 is too large for the long-only backend", e.message());
    } finally {
      backend.lock().release(ticket);
    }
  }
}
