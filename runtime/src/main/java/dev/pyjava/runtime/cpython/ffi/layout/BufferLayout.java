package dev.pyjava.runtime.cpython.ffi.layout;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.StructLayout;

/**
 * {@code Py_buffer} ({@code pybuffer.h}), the same on every version and build pyjava supports
 * (3.11 to 3.15, 64-bit), and the request flags pyjava passes to {@code PyObject_GetBuffer}.
 */
public final class BufferLayout {
  private BufferLayout() {}

  /** {@code Py_buffer}: 80 bytes. */
  public static final StructLayout PY_BUFFER =
      structLayout(
              ADDRESS.withName("buf"),
              ADDRESS.withName("obj"),
              JAVA_LONG.withName("len"),
              JAVA_LONG.withName("itemsize"),
              JAVA_INT.withName("readonly"),
              JAVA_INT.withName("ndim"),
              ADDRESS.withName("format"),
              ADDRESS.withName("shape"),
              ADDRESS.withName("strides"),
              ADDRESS.withName("suboffsets"),
              ADDRESS.withName("internal"))
          .withName("Py_buffer");

  public static final long BUF = PY_BUFFER.byteOffset(groupElement("buf"));
  public static final long LEN = PY_BUFFER.byteOffset(groupElement("len"));
  public static final long ITEMSIZE = PY_BUFFER.byteOffset(groupElement("itemsize"));
  public static final long READONLY = PY_BUFFER.byteOffset(groupElement("readonly"));
  public static final long FORMAT = PY_BUFFER.byteOffset(groupElement("format"));

  /**
   * {@code PyBUF_RECORDS_RO}: strides and the format, read-only allowed ({@code PyBUF_STRIDES |
   * PyBUF_FORMAT}). Writability is read from {@code readonly}, so a read-only exporter still
   * gives its buffer; pyjava asks for no indirect ({@code suboffsets}) buffers.
   */
  public static final int RECORDS_RO = 0x0018 | 0x0004;
}
