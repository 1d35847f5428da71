package dev.pyjava.examples.buffers;

import dev.pyjava.annotations.AllowThreads;
import dev.pyjava.annotations.PyFunction;
import dev.pyjava.annotations.PyModule;
import java.lang.foreign.MemorySegment;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Primitive arrays (copies of lists, tuples and buffers; lists as results) and {@code java.nio}
 * buffers (views of a buffer's memory for the call), for {@code test_buffers.py}.
 */
@PyModule(name = "pyjava_buffers")
public final class Buffers {
  private Buffers() {}

  private static Buffer kept;

  /** The number of bytes and their unsigned sum. */
  @PyFunction
  public static List<Long> byteSum(byte[] data) {
    long sum = 0;
    for (byte b : data) {
      sum += b & 0xff;
    }
    return List.of((long) data.length, sum);
  }

  /** The items, back as a list. */
  @PyFunction
  public static short[] echoShorts(short[] values) {
    return values;
  }

  /** The items, back as a list. */
  @PyFunction
  public static int[] echoInts(int[] values) {
    return values;
  }

  /** The items, back as a list. */
  @PyFunction
  public static long[] echoLongs(long[] values) {
    return values;
  }

  /** The items, back as a list. */
  @PyFunction
  public static float[] echoFloats(float[] values) {
    return values;
  }

  /** The items, back as a list, GIL released. */
  @PyFunction
  @AllowThreads
  public static double[] echoDoubles(double[] values) {
    return values;
  }

  /** The sum of every array's items. */
  @PyFunction
  public static double sumAll(List<double[]> arrays) {
    double total = 0;
    for (double[] values : arrays) {
      for (double value : values) {
        total += value;
      }
    }
    return total;
  }

  /** The sum of the items of a view, GIL released. */
  @PyFunction
  @AllowThreads
  public static double viewSum(DoubleBuffer values) {
    double total = 0;
    for (int i = 0; i < values.limit(); i++) {
      total += values.get(i);
    }
    return total;
  }

  /** The sum of the items of a view, summed on every core, GIL released. */
  @PyFunction
  @AllowThreads
  public static double parallelSum(DoubleBuffer values) {
    return IntStream.range(0, values.limit()).parallel().mapToDouble(values::get).sum();
  }

  /** Writes {@code start}, {@code start + 1}, ... into the view; returns how many, GIL released. */
  @PyFunction
  @AllowThreads
  public static int fillDoubles(DoubleBuffer out, double start) {
    for (int i = 0; i < out.limit(); i++) {
      out.put(i, start + i);
    }
    return out.limit();
  }

  /** Writes {@code start}, {@code start + 1}, ... into the view; returns how many. */
  @PyFunction
  public static int fillFloats(FloatBuffer out, double start) {
    for (int i = 0; i < out.limit(); i++) {
      out.put(i, (float) (start + i));
    }
    return out.limit();
  }

  /** Writes {@code start}, {@code start + 1}, ... into the view; returns how many. */
  @PyFunction
  public static int fillLongs(LongBuffer out, long start) {
    for (int i = 0; i < out.limit(); i++) {
      out.put(i, start + i);
    }
    return out.limit();
  }

  /** Writes {@code start}, {@code start + 1}, ... into the view; returns how many. */
  @PyFunction
  public static int fillInts(IntBuffer out, int start) {
    for (int i = 0; i < out.limit(); i++) {
      out.put(i, start + i);
    }
    return out.limit();
  }

  /** Writes {@code start}, {@code start + 1}, ... into the view; returns how many. */
  @PyFunction
  public static int fillShorts(ShortBuffer out, int start) {
    for (int i = 0; i < out.limit(); i++) {
      out.put(i, (short) (start + i));
    }
    return out.limit();
  }

  /** Writes {@code value} into every byte of the view; returns how many, GIL released. */
  @PyFunction
  @AllowThreads
  public static int fillBytes(ByteBuffer out, int value) {
    for (int i = 0; i < out.limit(); i++) {
      out.put(i, (byte) value);
    }
    return out.limit();
  }

  /** Whether the view is read-only, and its length in items. */
  @PyFunction
  public static List<Long> describe(DoubleBuffer values) {
    return List.of(values.isReadOnly() ? 1L : 0L, (long) values.limit());
  }

  /** The length in bytes of any buffer, seen as bytes. */
  @PyFunction
  public static int byteLength(ByteBuffer data) {
    return data.limit();
  }

  /** The address of the view's first byte: where the exporter's memory is, if not copied. */
  @PyFunction
  public static long address(ByteBuffer data) {
    return MemorySegment.ofBuffer(data).address();
  }

  /** Keeps the view past its call, as code must not. */
  @PyFunction
  public static void keep(DoubleBuffer values) {
    kept = values;
  }

  /** Reads the first item of the view {@link #keep} kept: fails, as its call has returned. */
  @PyFunction
  public static double readKept() {
    return ((DoubleBuffer) kept).get(0);
  }
}
