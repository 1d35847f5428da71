package dev.pyjava.runtime.bind;

/**
 * The arguments that {@code *args} and {@code **kwargs} collect: those that a binding of {@link
 * ArgumentBinder} gave to no other parameter. Backend-neutral, like the binder.
 */
public final class Variadics {
  private Variadics() {}

  /**
   * What {@code *args} receives.
   *
   * @param slots the binding {@link ArgumentBinder#bind} returned
   * @param nargs how many positional arguments were passed
   * @return the indices of the positional arguments no parameter took, in call order
   */
  public static int[] extraPositional(int[] slots, int nargs) {
    return untaken(slots, 0, nargs);
  }

  /**
   * What {@code **kwargs} receives.
   *
   * @param slots the binding {@link ArgumentBinder#bind} returned
   * @param nargs how many positional arguments were passed
   * @param keywordCount how many keyword arguments were passed
   * @return the indices {@code k} (into the keyword names; the value is argument {@code nargs +
   *     k}) of the keyword arguments no parameter took, in call order
   */
  public static int[] extraKeywords(int[] slots, int nargs, int keywordCount) {
    int[] arguments = untaken(slots, nargs, nargs + keywordCount);
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] -= nargs;
    }
    return arguments;
  }

  /** The argument indices in {@code [from, to)} that no slot names, in order. */
  private static int[] untaken(int[] slots, int from, int to) {
    boolean[] taken = new boolean[to - from];
    int count = taken.length;
    for (int slot : slots) {
      if (slot >= from && slot < to && !taken[slot - from]) {
        taken[slot - from] = true;
        count--;
      }
    }
    int[] untaken = new int[count];
    int next = 0;
    for (int i = 0; i < taken.length; i++) {
      if (!taken[i]) {
        untaken[next++] = from + i;
      }
    }
    return untaken;
  }
}
