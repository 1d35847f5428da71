package dev.pyjava.runtime.cpython.ffi.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyLong;
import dev.pyjava.runtime.cpython.CPythonSupport;
import org.junit.jupiter.api.Test;

class PythonVersionTest {
  @Test
  void readsMajorAndMinorFromTheHexVersion() {
    PythonVersion version = new PythonVersion(0x030C04F0L);
    assertEquals(3, version.major());
    assertEquals(12, version.minor());
    assertEquals("3.12", version.toString());
  }

  @Test
  void atLeastComparesMajorAndMinorOnly() {
    PythonVersion alpha = new PythonVersion(0x030D00A1L);
    assertTrue(alpha.atLeast(3, 13));
    assertTrue(alpha.atLeast(3, 11));
    assertFalse(alpha.atLeast(3, 14));
    assertFalse(alpha.atLeast(4, 0));
  }

  @Test
  void theRunningVersionIsTheInterpretersHexVersion() {
    CPythonSupport.assumeCPython();
    long hexversion =
        CPythonSupport.withGil(
            py -> py.importModule("sys").getAttr("hexversion").cast(PyLong.class).longValue());
    assertEquals(hexversion, PythonVersion.running().hex());
  }
}
