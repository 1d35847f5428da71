package dev.pyjava.runtime.def;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The item type of a primitive array or {@code java.nio} buffer parameter ({@code double[]},
 * {@code DoubleBuffer}, ...): which buffer-protocol formats it takes, and how a view of native
 * memory becomes the Java buffer.
 *
 * <p>A format matches when its code is one of {@link #codes()} and its item size is {@link
 * #itemSize()}, in native byte order ({@code @}, {@code =}, or the machine's own {@code <} or
 * {@code >} prefix): {@code 'l'} is a {@code long[]} item on 64-bit Linux, an {@code int[]} one
 * with the standard size {@code '=l'}. Bytes take every format: any C-contiguous buffer is its
 * bytes, as CPython's bytes-like objects are.
 */
public enum ItemType {
  /** {@code byte}: any format, as raw bytes. */
  BYTE("", 1, "int"),
  /** {@code short}: {@code 'h'}. */
  SHORT("h", 2, "int"),
  /** {@code int}: {@code 'i'}, or {@code 'l'} where it is 4 bytes. */
  INT("il", 4, "int"),
  /** {@code long}: {@code 'q'}, or {@code 'l'} where it is 8 bytes. */
  LONG("ql", 8, "int"),
  /** {@code float}: {@code 'f'}. */
  FLOAT("f", 4, "float"),
  /** {@code double}: {@code 'd'}. */
  DOUBLE("d", 8, "float");

  private final String codes;
  private final int itemSize;
  private final String pythonItem;

  ItemType(String codes, int itemSize, String pythonItem) {
    this.codes = codes;
    this.itemSize = itemSize;
    this.pythonItem = pythonItem;
  }

  /** The format codes this type takes (empty for {@link #BYTE}, which takes every format). */
  public String codes() {
    return codes;
  }

  /** The size of one item in bytes. */
  public int itemSize() {
    return itemSize;
  }

  /** The Python type of one item in a list: {@code int} or {@code float}. */
  public String pythonItem() {
    return pythonItem;
  }

  /** The format code Python's {@code array} and {@code struct} spell this type with. */
  public String code() {
    return this == BYTE ? "B" : codes.substring(0, 1);
  }

  /**
   * Whether a buffer of {@code format} (a {@code struct} format string; {@code null} is {@code
   * "B"}) with items of {@code itemSize} bytes holds items of this type.
   */
  public boolean matches(String format, long itemSize) {
    if (this == BYTE) {
      return true;
    }
    if (itemSize != this.itemSize || format == null || format.isEmpty()) {
      return false;
    }
    char first = format.charAt(0);
    boolean little = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    boolean nativeOrder =
        first == '@' || first == '=' || first == (little ? '<' : '>') || (!little && first == '!');
    String code = nativeOrder ? format.substring(1) : format;
    return code.length() == 1 && codes.indexOf(code.charAt(0)) >= 0;
  }

  /** The Java buffer of this type over {@code bytes}, in native byte order. */
  public Buffer view(ByteBuffer bytes) {
    ByteBuffer ordered = bytes.order(ByteOrder.nativeOrder());
    return switch (this) {
      case BYTE -> ordered;
      case SHORT -> ordered.asShortBuffer();
      case INT -> ordered.asIntBuffer();
      case LONG -> ordered.asLongBuffer();
      case FLOAT -> ordered.asFloatBuffer();
      case DOUBLE -> ordered.asDoubleBuffer();
    };
  }
}
