package dev.pyjava.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PythonNamesTest {
  @Test
  void distributionNamesEscapeAsPep427() {
    assertEquals("text_stats", PythonNames.escaped("Text-.Stats"));
    assertEquals("text_stats", PythonNames.escaped("text__stats"));
  }

  @Test
  void aNameThatIsNoDistributionNameIsRefused() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PythonNames.escaped("-stats"));
    assertTrue(error.getMessage().startsWith("[WheelName] '-stats' is not a Python distribution name"), error.getMessage());
  }

  @Test
  void aSnapshotIsADevelopmentReleaseAndOtherVersionsMustBePep440() {
    assertEquals("0.1.0.dev0", PythonNames.version("0.1.0-SNAPSHOT"));
    assertEquals("2.3rc1", PythonNames.version("2.3rc1"));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PythonNames.version("1.0-beta-2"));
    assertTrue(error.getMessage().startsWith("[WheelVersion] the version '1.0-beta-2'"), error.getMessage());
  }

  @Test
  void moduleNamesAreDottedIdentifiers() {
    assertTrue(PythonNames.isModuleName("textstats._native"));
    assertFalse(PythonNames.isModuleName("text-stats"));
    assertFalse(PythonNames.isModuleName("a..b"));
  }
}
