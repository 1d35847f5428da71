package dev.pyjava.runtime;

import dev.pyjava.runtime.exceptions.PyKeyboardInterrupt;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Ctrl-C for Java code that runs with the interpreter lock released.
 *
 * <p>When a SIGINT arrives while Python's main thread is inside a released call (an {@code
 * AllowThreads} function, or {@link Python#allowThreads}), the call is interrupted: the thread
 * running it gets {@link Thread#interrupt()}, which ends sleeps, waits and blocking I/O on
 * interruptible channels, and {@link #check()} throws from then on. Once the lock is back, the call
 * raises the {@code KeyboardInterrupt} of Python's own handler, which so runs once, whatever the
 * body threw meanwhile.
 *
 * <p>A loop that runs long without blocking calls {@link #check()} every so often (per chunk of
 * work, not per element: it is a thread-local and a volatile read). Work handed to other threads
 * (a parallel stream, an executor) takes {@link #current()} on the calling thread and runs through
 * {@link #run(Runnable)}, so that {@link #check()} inside it answers for the call that handed it
 * over.
 *
 * <p>Only released calls of Python's main thread are interrupted, as Python runs signal handlers
 * on that thread only; and only while SIGINT's handler is Python's default one, which raises
 * {@code KeyboardInterrupt}: a handler of the program's own runs when the call returns, as with any
 * extension. Outside such a call {@link #check()} never throws.
 */
public final class Interruption {
  private static final VarHandle MAIN_THREAD_CALL;

  static {
    try {
      MAIN_THREAD_CALL =
          MethodHandles.lookup().findStaticVarHandle(Interruption.class, "mainThreadCall", Interruption.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The interruption of no call: never interrupted. */
  private static final Interruption NONE = new Interruption(null);

  /** What work handed over to a thread through {@link #run} answers for. */
  private static final ThreadLocal<Interruption> HANDED_OVER = new ThreadLocal<>();

  /**
   * The released call Python's main thread runs now, or null. Written by that thread with release
   * semantics only (no fence on the call path), read by anyone.
   */
  @SuppressWarnings("unused") // Through MAIN_THREAD_CALL.
  private static volatile Interruption mainThreadCall;

  /** The thread that runs the call, null for {@link #NONE}. */
  private final Thread runner;

  private volatile boolean interrupted;

  /** Whether the call has ended: no interrupt reaches its thread from then on. Under the lock of this. */
  private boolean ended;

  private Interruption(Thread runner) {
    this.runner = runner;
  }

  /**
   * The interruption of the released call the current thread runs, or works for through {@link
   * #run}; for any other thread, one that is never interrupted.
   */
  public static Interruption current() {
    Interruption handedOver = HANDED_OVER.get();
    if (handedOver != null) {
      return handedOver;
    }
    Interruption main = (Interruption) MAIN_THREAD_CALL.getAcquire();
    return main != null && main.runner == Thread.currentThread() ? main : NONE;
  }

  /**
   * Throws {@link PyKeyboardInterrupt} when Ctrl-C has interrupted the call the current thread
   * runs or works for ({@link #current()}).
   */
  public static void check() {
    current().throwIfInterrupted();
  }

  /** Whether Ctrl-C has interrupted this call. */
  public boolean isInterrupted() {
    return interrupted;
  }

  /** Throws {@link PyKeyboardInterrupt} when Ctrl-C has interrupted this call. */
  public void throwIfInterrupted() {
    if (interrupted) {
      throw new PyKeyboardInterrupt(null);
    }
  }

  /**
   * Runs {@code task} on the current thread as work for this call: inside it, {@link #check()}
   * answers for this call. For tasks handed to other threads.
   */
  public void run(Runnable task) {
    Interruption outer = HANDED_OVER.get();
    HANDED_OVER.set(this);
    try {
      task.run();
    } finally {
      HANDED_OVER.set(outer);
    }
  }

  // ---- For backends only ----

  /**
   * For backends: Python's main thread, the current one, starts a released call (with the lock
   * still held); {@link #check()} on it answers for the call returned until {@link
   * #endMainThreadCall}.
   */
  public static Interruption beginMainThreadCall() {
    Interruption call = new Interruption(Thread.currentThread());
    MAIN_THREAD_CALL.setRelease(call);
    return call;
  }

  /**
   * For backends: the main thread's released call ended (the lock held again). Once this returns,
   * {@link #interrupt()} of that call does nothing: an interrupt that raced with the end has
   * either completed (so the caller sees {@link #isInterrupted()} and can clear the thread's
   * status) or never happens.
   */
  public static void endMainThreadCall() {
    Interruption call = (Interruption) MAIN_THREAD_CALL.getAcquire();
    MAIN_THREAD_CALL.setRelease((Interruption) null);
    if (call != null) {
      call.end();
    }
  }

  private synchronized void end() {
    ended = true;
  }

  /** For backends: the released call Python's main thread runs now, or null. */
  public static Interruption mainThreadCall() {
    return (Interruption) MAIN_THREAD_CALL.getAcquire();
  }

  /**
   * For backends: marks this call interrupted, then interrupts the thread that runs it, unless
   * the call has ended.
   */
  public synchronized void interrupt() {
    if (ended) {
      return;
    }
    interrupted = true;
    runner.interrupt();
  }
}
