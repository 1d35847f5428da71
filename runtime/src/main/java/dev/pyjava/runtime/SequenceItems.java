package dev.pyjava.runtime;

/**
 * A {@code list} or {@code tuple} that hands its items to a conversion one at a time, each let go
 * of as soon as the conversion returns: what a backend's sequences implement for {@link
 * Conversions}, which uses it where the converted values hold no Python object (numbers into a
 * primitive array, {@code str} into a {@code List<String>}). Items read with {@code get(i)} stay
 * valid until the call returns instead, so a list of a million numbers would leave a million
 * handles that outlive the young generation and pile up in the old one (measured: 33 MB of heap
 * per call, not collected before the heap had grown by hundreds of MB). Lock held.
 */
public interface SequenceItems {
  /** What is done with each item: {@code item} is valid only during the call. */
  @FunctionalInterface
  interface ItemConsumer {
    /** Takes item {@code index}. */
    void accept(int index, PyObject item);
  }

  /**
   * Hands items {@code 0} to {@code size - 1} to {@code consume}, in order, each valid only during
   * its call.
   *
   * @throws dev.pyjava.runtime.exceptions.PyIndexError if the sequence has fewer items by then
   */
  void forEachItem(int size, ItemConsumer consume);

  /** The number of items of a {@code list} or {@code tuple}; -1 for anything else. */
  static int size(PyObject value) {
    return switch (value) {
      case PyList list -> list.size();
      case PyTuple tuple -> tuple.size();
      default -> -1;
    };
  }

  /**
   * {@link #forEachItem} of a {@code list} or {@code tuple} ({@link #size} not -1): items read by
   * index where the backend's sequence lets go of none (the pure-Java backend holds no references).
   */
  static void forEach(PyObject sequence, int size, ItemConsumer consume) {
    if (sequence instanceof SequenceItems items) {
      items.forEachItem(size, consume);
      return;
    }
    for (int i = 0; i < size; i++) {
      consume.accept(i, sequence instanceof PyList list ? list.get(i) : ((PyTuple) sequence).get(i));
    }
  }
}
