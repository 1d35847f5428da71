package dev.pyjava.runtime;

import dev.pyjava.runtime.def.ItemType;
import java.nio.Buffer;

/**
 * A Python object a backend can read through the buffer protocol: how {@link Conversions} turns
 * an array or {@code java.nio} buffer argument that is not a list or tuple into Java. Only
 * backends implement it (the CPython backend's objects do; the pure-Java backend has no buffer
 * protocol). Lock held.
 */
public interface BufferExporter {
  /**
   * A copy of this object's items as the Java array of {@code item} ({@code byte[]}, {@code
   * double[]}, ...) when it exports a buffer of that item type (a strided buffer is copied in C
   * order, several dimensions flattened), else {@code null}.
   *
   * @throws BufferMismatch when it exports items of another format
   */
  Object bufferArray(ItemType item);

  /**
   * A view of this object's memory, with no copy, as the {@code java.nio} buffer of {@code item}
   * when it exports a buffer of that item type, else {@code null}. The view is read-only when the
   * exporter does not allow writing, and lives until the call this object is an argument of
   * returns: then the buffer is released, and using the view throws {@link
   * IllegalStateException}.
   *
   * @throws BufferMismatch for items of another format, or memory that is not C-contiguous
   * @throws IllegalStateException when this object is not an argument of a running call
   */
  Buffer bufferView(ItemType item);
}
