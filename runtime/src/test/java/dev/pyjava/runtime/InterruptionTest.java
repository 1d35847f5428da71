package dev.pyjava.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.exceptions.PyKeyboardInterrupt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test thread plays Python's main thread, as the CPython backend would make it. */
class InterruptionTest {
  @AfterEach
  void endCall() {
    Interruption.endMainThreadCall();
    Thread.interrupted();
  }

  @Test
  void checkNeverThrowsOutsideAReleasedCall() {
    assertDoesNotThrow(Interruption::check);
    assertFalse(Interruption.current().isInterrupted());
  }

  @Test
  void checkThrowsOnceTheCallIsInterrupted() {
    Interruption call = Interruption.beginMainThreadCall();
    assertSame(call, Interruption.current());
    assertDoesNotThrow(Interruption::check);

    call.interrupt();

    assertTrue(Thread.currentThread().isInterrupted(), "sleeps and waits end too");
    assertThrows(PyKeyboardInterrupt.class, Interruption::check);
    Interruption.endMainThreadCall();
    assertDoesNotThrow(Interruption::check, "the next call starts afresh");
  }

  @Test
  void anotherThreadSeesTheCallOnlyThroughWorkHandedOver() throws Exception {
    Interruption call = Interruption.beginMainThreadCall();
    call.interrupt();
    Thread.interrupted(); // this thread waits for the others below

    assertDoesNotThrow(() -> join(CompletableFuture.runAsync(Interruption::check)));
    ExecutionException handedOver =
        assertThrows(
            ExecutionException.class,
            () -> join(CompletableFuture.runAsync(() -> call.run(Interruption::check))));
    assertTrue(handedOver.getCause() instanceof PyKeyboardInterrupt, handedOver.toString());
  }

  @Test
  void workHandedOverAnswersForItsOwnCallOnly() {
    Interruption call = Interruption.beginMainThreadCall();
    Interruption.endMainThreadCall();
    Interruption next = Interruption.beginMainThreadCall();
    next.interrupt();

    assertDoesNotThrow(() -> call.run(Interruption::check));
    assertThrows(PyKeyboardInterrupt.class, () -> next.run(Interruption::check));
  }

  private static void join(CompletableFuture<Void> work) throws Exception {
    work.get();
  }
}
