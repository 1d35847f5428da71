package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.assumeCPython;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The start-up check accepts the running interpreter's layout and names what a wrong one gets wrong. */
class LayoutCheckTest {
  @BeforeEach
  void needsCPython() {
    assumeCPython();
  }

  @Test
  void theRunningInterpretersLayoutPasses() {
    inGil(py -> assertDoesNotThrow(() -> LayoutCheck.verify(PythonAbi.current())));
  }

  @Test
  void theOtherBuildsLayoutIsRefusedWithItsDifferences() {
    PythonAbi current = PythonAbi.current();
    // The other build of 3.13: a 32-byte object header on a default build, or 16 bytes on a
    // free-threaded one.
    PythonAbi other = PythonAbi.of(0x030D_00F0L, !current.freeThreaded());
    inGil(
        py -> {
          IllegalStateException refused =
              assertThrows(IllegalStateException.class, () -> LayoutCheck.verify(other));
          String message = refused.getMessage();
          assertTrue(message.startsWith("pyjava: the objects of "), message);
          assertTrue(message.contains("None's ob_type is not NoneType"), message);
          assertTrue(message.contains("a list's ob_type is not list"), message);
        });
  }

  @Test
  void aStrLayoutOfAnotherVersionIsRefused() {
    PythonAbi current = PythonAbi.current();
    // 3.11 keeps a str's characters 8 bytes further than 3.12+ (its wstr pointer).
    long otherVersion = (current.versionHex() >>> 16) == 0x030B ? 0x030C_01F0L : 0x030B_07F0L;
    PythonAbi other = PythonAbi.of(otherVersion, false);
    // On a free-threaded interpreter the object header differs first.
    String expected =
        current.freeThreaded()
            ? "None's ob_type is not NoneType"
            : "a compact ASCII str's characters are not at " + other.strAsciiData();
    inGil(
        py -> {
          IllegalStateException refused =
              assertThrows(IllegalStateException.class, () -> LayoutCheck.verify(other));
          assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        });
  }
}
