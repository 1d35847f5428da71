package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Refuses to run Java in a process forked from one running a JVM: the child has none of the
 * JVM's threads. A 4-byte native flag is set to 1 in the child by the Python fork guard ({@link
 * ForkCutOff}), and every upcall reads it first. The guard also keeps calls from reaching Java at
 * all, which is what really matters: entering the JVM in a child can hang.
 */
final class ForkGuard {
  private ForkGuard() {}

  /** The flag: 0 in the process that started the JVM, 1 in a forked child. */
  static final MemorySegment FLAG = Arena.global().allocate(JAVA_INT);

  /** What a forked child is told when it calls Java. */
  static final String TEXT =
      "pyjava: this process was forked from one running a JVM; Java cannot run here. Use"
          + " multiprocessing's 'spawn' or 'forkserver' start method.";

  private static final MemorySegment MESSAGE = NativeMemory.permanentCString(TEXT);

  /** Whether this is a forked child: one plain memory read. */
  static boolean isForkedChild() {
    return FLAG.get(JAVA_INT, 0) != 0;
  }

  /** Marks this process as a forked child. */
  static void markForkedChild() {
    FLAG.set(JAVA_INT, 0, 1);
  }

  /** Raises the RuntimeError that explains the refusal, touching nothing else; returns NULL. */
  static long refuse() {
    CApi.PyErr_SetString(CApi.EXC_RUNTIME_ERROR, MESSAGE.address());
    return 0;
  }
}
