package dev.pyjava.runtime;

/**
 * What a {@link BufferExporter} throws when an argument exports the buffer protocol but not as
 * the parameter needs: items of another format (a {@code TypeError} at the argument's level), or,
 * for a view, memory that is not C-contiguous (a {@code BufferError}). {@link Conversions} names
 * the function and argument.
 */
public final class BufferMismatch extends RuntimeException {
  private final String found;
  private final boolean layout;

  private BufferMismatch(String found, boolean layout) {
    super(found, null, false, false);
    this.found = found;
    this.layout = layout;
  }

  /**
   * Items of another format: {@code typeName} is the exporter's type ({@code array.array}),
   * {@code format} its {@code struct} format ({@code q}).
   */
  public static BufferMismatch format(String typeName, String format) {
    return new BufferMismatch(typeName + " of format '" + format + "'", false);
  }

  /** Memory that is not C-contiguous, where a view needs it to be. */
  public static BufferMismatch notContiguous(String typeName) {
    return new BufferMismatch("a non-contiguous " + typeName, true);
  }

  /** What was found, after {@code must be ..., not }: {@code array.array of format 'q'}. */
  String found() {
    return found;
  }

  /** Whether the memory's layout is wrong (a {@code BufferError}) rather than its format. */
  boolean layout() {
    return layout;
  }
}
