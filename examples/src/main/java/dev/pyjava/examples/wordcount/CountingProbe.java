package dev.pyjava.examples.wordcount;

/**
 * A hook that runs as each {@code search*} call, in its Java body, starts counting its file's bytes
 * (mapped or read), so tests can prove which calls overlap (with a barrier) without timing
 * anything, or change the file under a count.
 */
public final class CountingProbe {
  private static final Runnable NOTHING = () -> {};
  private static volatile Runnable onEnter = NOTHING;

  private CountingProbe() {}

  /** Runs {@code hook} as every later call enters; {@code null} removes it. */
  public static void onEnter(Runnable hook) {
    onEnter = hook == null ? NOTHING : hook;
  }

  static void entered() {
    onEnter.run();
  }
}
