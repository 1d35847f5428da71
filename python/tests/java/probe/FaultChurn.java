/** Test helper: daemon threads that keep overflowing their stacks, so the JVM keeps taking SIGSEGVs. */
public final class FaultChurn {
  private FaultChurn() {}

  private static int deeper(int depth) {
    return deeper(depth + 1) + 1;
  }

  /** Starts four daemon threads that loop forever on StackOverflowError. */
  public static void start() {
    for (int i = 0; i < 4; i++) {
      Thread thread = new Thread(() -> {
        while (true) {
          try {
            deeper(0);
          } catch (StackOverflowError expected) {
            // again
          }
        }
      }, "fault-churn-" + i);
      thread.setDaemon(true);
      thread.start();
    }
  }
}
