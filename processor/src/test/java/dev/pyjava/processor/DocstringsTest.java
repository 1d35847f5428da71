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
  void dropsBlockTagsAndEverythingAfter() {
    String javadoc =
        " Searches.\n\n @param path the file\n   more about path\n @return the count\n";
    assertEquals("Searches.", Docstrings.fromJavadoc(javadoc));
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
    assertNull(Docstrings.fromJavadoc(" @param x the x\n"));
  }
}
