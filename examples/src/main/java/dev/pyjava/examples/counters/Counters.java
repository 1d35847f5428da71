package dev.pyjava.examples.counters;

import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyGetter;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.annotations.PySetter;

/** Counters: Java classes as Python types. */
@PyModule
public final class Counters {
  private Counters() {}

  /** The counter of the two that counts more: {@code a} itself or {@code b} itself. */
  @PyFunction
  public static Counter larger(Counter a, Counter b) {
    return a.value >= b.value ? a : b;
  }

  /** Counts by steps from where it started. */
  @PyClass
  public static final class Counter {
    private final long start;
    private long value;
    private String label = "";

    /** A counter at {@code start}. */
    @PyConstructor(signature = "(start=0)")
    public Counter(long start) {
      this.start = start;
      this.value = start;
    }

    /** How many steps of {@code step} reach {@code target} from {@code start}, rounded up. */
    @PyFunction(signature = "(start, target, step=1)")
    public static long stepsBetween(long start, long target, long step) {
      return Math.ceilDiv(target - start, step);
    }

    /** Adds {@code step} to the count and returns the new count. */
    @PyFunction
    public long add(long step) {
      value += step;
      return value;
    }

    /** A new counter where this one started, at this one's count. */
    @PyFunction
    public Counter copy() {
      Counter copy = new Counter(start);
      copy.value = value;
      return copy;
    }

    /** Adds {@code other}'s count to this one's; Java reads the same object Python holds. */
    @PyFunction
    public long absorb(Counter other) {
      value += other.value;
      return value;
    }

    /** Goes back to where it started. */
    @PyFunction
    public void reset() {
      value = start;
    }

    /** The count now. */
    @PyGetter
    public long getValue() {
      return value;
    }

    /** Sets the count. */
    @PySetter
    public void setValue(long value) {
      this.value = value;
    }

    /** Where it started; read-only. */
    @PyGetter
    public long start() {
      return start;
    }

    /** A name for it, empty at first. */
    @PyGetter
    public String getLabel() {
      return label;
    }

    /** Names it. */
    @PySetter
    public void setLabel(String label) {
      this.label = label;
    }
  }

  /** Counts marks by name, each mark weighing the same; Python code may subclass it. */
  @PyClass(subclassable = true)
  public static class Tally {
    private final java.util.Map<String, Integer> marks = new java.util.TreeMap<>();
    private final int weight;

    /** An empty tally whose marks each count {@code weight}. */
    @PyConstructor(signature = "(weight=1)")
    public Tally(int weight) {
      this.weight = weight;
    }

    /** Adds one mark for {@code name} and returns its count. */
    @PyFunction
    public int mark(String name) {
      return marks.merge(name, weight, Integer::sum);
    }

    /** How many marks there are, all names together. */
    @PyGetter
    public int total() {
      return marks.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** The bounds of a counter; only Java makes them, so Python cannot create one. */
  @PyClass
  public static final class Bounds {
    private Bounds() {}
  }
}
