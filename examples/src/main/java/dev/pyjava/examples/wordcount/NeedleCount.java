package dev.pyjava.examples.wordcount;

import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyGetter;
import dev.pyjava.runtime.PythonRepr;
import java.util.Objects;

/** One needle and how often it occurs: what {@code search_all} yields. */
@PyClass
public final class NeedleCount {
  private final String needle;
  private final long count;

  NeedleCount(String needle, long count) {
    this.needle = needle;
    this.count = count;
  }

  /** The word searched for. */
  @PyGetter
  public String needle() {
    return needle;
  }

  /** How often it occurs, by {@code search}'s rule. */
  @PyGetter
  public long count() {
    return count;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NeedleCount that && needle.equals(that.needle) && count == that.count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(needle, count);
  }

  @Override
  public String toString() {
    return "NeedleCount(needle=" + PythonRepr.str(needle) + ", count=" + count + ")";
  }
}
