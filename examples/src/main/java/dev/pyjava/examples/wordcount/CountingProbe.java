package dev.pyjava.examples.wordcount;

/**
 * Hooks that run in the Java body of each {@code search*} call, so tests can prove which calls
 * overlap (with a barrier) without timing anything, interrupt a call blocked on its file, or
 * change the file under a count: one as the call starts, before it opens its file; one once it
 * has the file's bytes (mapped or read), before it counts them. The first also runs as each
 * {@link Corpus} count starts, once it holds the corpus open.
 */
public final class CountingProbe {
  private static final Runnable NOTHING = () -> {};
  private static volatile Runnable onEnter = NOTHING;
  private static volatile Runnable onBytes = NOTHING;

  private CountingProbe() {}

  /** Runs {@code hook} as every later call starts; {@code null} removes it. */
  public static void onEnter(Runnable hook) {
    onEnter = hook == null ? NOTHING : hook;
  }

  /** Runs {@code hook} as every later call has its file's bytes; {@code null} removes it. */
  public static void onBytes(Runnable hook) {
    onBytes = hook == null ? NOTHING : hook;
  }

  static void entered() {
    onEnter.run();
  }

  static void hasBytes() {
    onBytes.run();
  }
}
