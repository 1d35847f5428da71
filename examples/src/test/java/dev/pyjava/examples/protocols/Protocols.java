package dev.pyjava.examples.protocols;

import dev.pyjava.annotations.PyClass;
import dev.pyjava.annotations.PyConstructor;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyGetter;
import dev.pyjava.annotations.PyModule;
import dev.pyjava.runtime.exceptions.PyKeyError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Python protocols from Java contracts ({@code toString}, {@code equals}/{@code hashCode}, {@code
 * Comparable}, {@code Iterable}, {@code Iterator}, {@code AutoCloseable}) and from explicit
 * dunders, for {@code test_protocols.py}.
 */
@PyModule(name = "pyjava_protocols")
public final class Protocols {
  private Protocols() {}

  /**
   * A version number: {@code toString}, {@code equals}, {@code hashCode} and {@code Comparable}.
   */
  @PyClass
  public static final class Version implements Comparable<Version> {
    private final int major;
    private final int minor;

    /** Version {@code major.minor}. */
    @PyConstructor
    public Version(int major, int minor) {
      this.major = major;
      this.minor = minor;
    }

    @Override
    public String toString() {
      return "Version(" + major + ", " + minor + ")";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Version v && v.major == major && v.minor == minor;
    }

    @Override
    public int hashCode() {
      return 31 * major + minor;
    }

    @Override
    public int compareTo(Version other) {
      return major != other.major
          ? Integer.compare(major, other.major)
          : Integer.compare(minor, other.minor);
    }
  }

  /** Only {@code Comparable}: hashed and compared for equality by identity, ordered by rank. */
  @PyClass
  public static final class Rank implements Comparable<Rank> {
    private final int rank;

    /** Rank {@code rank}. */
    @PyConstructor
    public Rank(int rank) {
      this.rank = rank;
    }

    @Override
    public int compareTo(Rank other) {
      return Integer.compare(rank, other.rank);
    }
  }

  /** No contract at all: Python's default repr, hash and equality. */
  @PyClass
  public static final class Plain {
    /** A plain object. */
    @PyConstructor
    public Plain() {}
  }

  /**
   * A multiset of words through explicit dunders, iterable over its words in order; Python may
   * subclass it.
   */
  @PyClass(subclassable = true)
  public static class Bag implements Iterable<String> {
    private final TreeMap<String, Integer> counts = new TreeMap<>();

    /** An empty bag. */
    @PyConstructor
    public Bag() {}

    /** How many distinct words. */
    @PyFunction(name = "__len__")
    public int size() {
      return counts.size();
    }

    /** The count of {@code word}; {@code KeyError} when absent. */
    @PyFunction(name = "__getitem__")
    public int count(String word) {
      Integer count = counts.get(word);
      if (count == null) {
        throw new PyKeyError(word);
      }
      return count;
    }

    /** Sets the count of {@code word}; returns the old one, which Python ignores. */
    @PyFunction(name = "__setitem__")
    public Integer put(String word, int count) {
      return counts.put(word, count);
    }

    /** Forgets {@code word}; {@code KeyError} when absent. */
    @PyFunction(name = "__delitem__")
    public void remove(String word) {
      if (counts.remove(word) == null) {
        throw new PyKeyError(word);
      }
    }

    /** Whether {@code word} is in the bag. */
    @PyFunction(name = "__contains__")
    public boolean has(String word) {
      return counts.containsKey(word);
    }

    /** Adds {@code word} {@code times} times; returns its new count. */
    @PyFunction(name = "__call__", signature = "(word, times=1)")
    public int add(String word, int times) {
      return counts.merge(word, times, Integer::sum);
    }

    /** Whether the bag holds anything. */
    @PyFunction(name = "__bool__")
    public boolean nonEmpty() {
      return !counts.isEmpty();
    }

    @Override
    public Iterator<String> iterator() {
      return counts.keySet().iterator();
    }
  }

  /** A 2-d vector: explicit operators, {@code __eq__} without {@code __hash__}, repr and str. */
  @PyClass
  public static final class Vec {
    private final double x;
    private final double y;

    /** The vector {@code (x, y)}. */
    @PyConstructor
    public Vec(double x, double y) {
      this.x = x;
      this.y = y;
    }

    /** The sum. */
    @PyFunction(name = "__add__")
    public Vec plus(Vec other) {
      return new Vec(x + other.x, y + other.y);
    }

    /** The difference. */
    @PyFunction(name = "__sub__")
    public Vec minus(Vec other) {
      return new Vec(x - other.x, y - other.y);
    }

    /** Scaled by {@code factor}. */
    @PyFunction(name = "__mul__")
    public Vec times(double factor) {
      return new Vec(x * factor, y * factor);
    }

    /** Divided by {@code divisor}; {@code ZeroDivisionError} for 0. */
    @PyFunction(name = "__truediv__")
    public Vec dividedBy(double divisor) {
      if (divisor == 0) {
        throw new ArithmeticException("division by zero");
      }
      return new Vec(x / divisor, y / divisor);
    }

    /** The opposite. */
    @PyFunction(name = "__neg__")
    public Vec negated() {
      return new Vec(-x, -y);
    }

    /** Equal coordinates. */
    @PyFunction(name = "__eq__")
    public boolean sameAs(Vec other) {
      return x == other.x && y == other.y;
    }

    /** What Python shows; wins over {@link #toString}. */
    @PyFunction(name = "__repr__")
    public String pythonRepr() {
      return "Vec(" + x + ", " + y + ")";
    }

    /** What {@code str()} shows. */
    @PyFunction(name = "__str__")
    public String text() {
      return "(" + x + ", " + y + ")";
    }

    @Override
    public String toString() {
      return "Java vector " + x + "," + y;
    }
  }

  /** Counts down from {@code start} to 1: a Java {@code Iterator<Integer>}. */
  @PyClass
  public static final class Countdown implements Iterator<Integer> {
    private int next;

    /** A countdown from {@code start}. */
    @PyConstructor
    public Countdown(int start) {
      this.next = start;
    }

    @Override
    public boolean hasNext() {
      return next > 0;
    }

    @Override
    public Integer next() {
      return next--;
    }
  }

  /** The letters of a word through an explicit {@code __iter__} and {@code __next__}. */
  @PyClass
  public static final class Letters {
    private final String word;
    private int next;

    /** The letters of {@code word}. */
    @PyConstructor
    public Letters(String word) {
      this.word = word;
    }

    /** Itself. */
    @PyFunction(name = "__iter__")
    public Letters iterate() {
      return this;
    }

    /** The next letter; {@code NoSuchElementException} at the end, which is StopIteration. */
    @PyFunction(name = "__next__")
    public String letter() {
      if (next == word.length()) {
        throw new NoSuchElementException();
      }
      return String.valueOf(word.charAt(next++));
    }
  }

  /** Versions on a shelf: an {@code Iterable} whose items are instances, which keep identity. */
  @PyClass
  public static final class Shelf implements Iterable<Version> {
    private final List<Version> versions = new ArrayList<>();

    /** An empty shelf. */
    @PyConstructor
    public Shelf() {}

    /** Puts {@code version} on the shelf. */
    @PyFunction
    public void put(Version version) {
      versions.add(version);
    }

    @Override
    public Iterator<Version> iterator() {
      return versions.iterator();
    }
  }

  /** A resource to close: {@code with} calls {@link #close}, which may fail. */
  @PyClass
  public static final class Resource implements AutoCloseable {
    private int closes;
    private final boolean failOnClose;

    /** A resource whose {@code close} throws when {@code fail_on_close}. */
    @PyConstructor(signature = "(fail_on_close=False)")
    public Resource(boolean failOnClose) {
      this.failOnClose = failOnClose;
    }

    /** How many times it was closed. */
    @PyGetter
    public int closes() {
      return closes;
    }

    @Override
    public void close() {
      closes++;
      if (failOnClose) {
        throw new IllegalStateException("close failed");
      }
    }
  }

  /** Dunders that misbehave: their Java exceptions and odd results reach Python as Python's. */
  @PyClass
  public static final class Odd {
    private final int value;

    /** An object whose {@code __len__} and {@code __hash__} return {@code value}. */
    @PyConstructor
    public Odd(int value) {
      this.value = value;
    }

    /** {@code value}: a negative length is a {@code ValueError}. */
    @PyFunction(name = "__len__")
    public int length() {
      return value;
    }

    /** {@code value}, which Python hashes as an int (-1 becomes -2). */
    @PyFunction(name = "__hash__")
    public int hash() {
      return value;
    }

    /** Always throws: {@code bool()} raises {@code RuntimeError}. */
    @PyFunction(name = "__bool__")
    public boolean truth() {
      throw new IllegalStateException("no truth here");
    }

    /** Looks {@code key} up in a map of one entry: a Java exception otherwise. */
    @PyFunction(name = "__getitem__")
    public int item(int key) {
      return Map.of(1, value).get(key);
    }
  }
}
