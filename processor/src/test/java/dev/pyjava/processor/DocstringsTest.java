package dev.pyjava.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DocstringsTest {
  @Test
  void removesOneLeadingSpacePerLineAndTrims() {
    assertEquals(
        "Counts words.\n\n  Indented line.",
        Docstrings.fromJavadoc(" Counts words.\n\n   Indented line.\n"));
  }

  @Test
  void writesParamReturnAndThrowsAsGoogleStyleSections() {
    String javadoc =
        " Searches.\n\n @param filePath the file\n   more about it\n @param <T> a type\n"
            + " @return the {@code count}\n @throws java.io.IOException if it cannot be read\n"
            + " @since 1.0\n";
    assertEquals(
        "Searches.\n\nArgs:\n    file_path: the file more about it\n\nReturns:\n    the count"
            + "\n\nRaises:\n    IOException: if it cannot be read",
        Docstrings.fromJavadoc(javadoc));
  }

  @Test
  void dropsOtherBlockTags() {
    assertEquals("Searches.", Docstrings.fromJavadoc(" Searches.\n @see Other\n @since 2\n"));
  }

  @Test
  void reducesInlineTagsToTheirText() {
    assertEquals(
        "Uses x + 1 and Map<K, {V}> and java.util.List, Foo.bar, baz and the label.",
        Docstrings.fromJavadoc(
            " Uses {@code x + 1} and {@code Map<K, {V}>} and {@link java.util.List},"
                + " {@link Foo#bar}, {@link #baz} and {@link Foo#qux(int, String) the label}."));
  }

  @Test
  void keepsTheTextOfOtherInlineTags() {
    assertEquals("a <b> c", Docstrings.fromJavadoc(" a {@literal <b>} c"));
  }

  @Test
  void leavesAnUnclosedTagAlone() {
    assertEquals("a {@code b", Docstrings.fromJavadoc(" a {@code b"));
  }

  @Test
  void isNullWhenNothingIsLeft() {
    assertNull(Docstrings.fromJavadoc(null));
    assertNull(Docstrings.fromJavadoc("  \n "));
    assertNull(Docstrings.fromJavadoc(" @since 1.0\n"));
    assertEquals("Args:\n    x: the x", Docstrings.fromJavadoc(" @param x the x\n"));
  }
}
