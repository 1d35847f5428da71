package dev.pyjava.runtime.cpython.process;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ErrorApi;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * What pyjava says and knows in a process forked from one running a JVM: the child has none of
 * the JVM's threads. The fork guard ({@link ForkCutOff}) keeps every call of a Java function from
 * reaching Java, which is what really matters, as entering the JVM in a child can hang; it also
 * sets a 4-byte native flag to 1, which the entry points only Java can refuse (a module's
 * creation) read first.
 */
public final class ForkGuard {
  private ForkGuard() {}

  /** The flag: 0 in the process that started the JVM, 1 in a forked child. */
  static final MemorySegment FLAG = Arena.global().allocate(JAVA_INT);

  /** What a forked child is told when it calls Java or imports a Java module: the one message. */
  public static final String TEXT =
      "pyjava: this process was forked from one running a JVM, and a JVM does not survive fork:"
          + " Java cannot run here. Start child processes with multiprocessing's 'spawn' method, or"
          + " 'forkserver' as long as no module calls Java while the forkserver imports it; or fork"
          + " before the first Java module is imported.";

  private static final MemorySegment MESSAGE = NativeMemory.permanentCString(TEXT);

  /** {@link #TEXT} as a permanent NUL-terminated UTF-8 string. */
  public static long messageAddress() {
    return MESSAGE.address();
  }

  /** Whether this is a forked child: one plain memory read. */
  public static boolean isForkedChild() {
    return FLAG.get(JAVA_INT, 0) != 0;
  }

  /** Raises the RuntimeError that explains the refusal, touching nothing else; returns NULL. */
  public static long refuse() {
    ErrorApi.PyErr_SetString(ErrorApi.EXC_RUNTIME_ERROR, MESSAGE.address());
    return 0;
  }
}
