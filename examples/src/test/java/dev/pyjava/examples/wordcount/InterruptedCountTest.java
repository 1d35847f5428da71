package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.Interruption;
import dev.pyjava.runtime.exceptions.PyKeyboardInterrupt;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts stop at their next check once Ctrl-C interrupted the call they work for, on every thread
 * of a parallel count. The test thread plays Python's main thread in a released call.
 */
class InterruptedCountTest {
  /** Several checks' worth of text with no line end, the worst case for the chunk bounds. */
  private static final MemorySegment TEXT = text(' ', 8);

  /** Lines enough that every chunk of a parallel count is several checks long. */
  private static final MemorySegment LINES = text('\n', 64);

  private static MemorySegment text(char filler, int checks) {
    byte[] bytes = new byte[(int) (checks * ChunkCount.BYTES_PER_CHECK)];
    Arrays.fill(bytes, (byte) filler);
    return MemorySegment.ofArray(bytes);
  }

  @AfterEach
  void endCall() {
    Interruption.endMainThreadCall();
    Thread.interrupted();
  }

  @ParameterizedTest(name = "[{index}] needle {0}")
  @ValueSource(strings = {"the", "Ünïcode"})
  void sequentialCountStops(String needle) {
    Interruption.beginMainThreadCall().interrupt();
    assertThrows(PyKeyboardInterrupt.class, () -> new WordCounter(needle).countSequential(TEXT));
  }

  @ParameterizedTest(name = "[{index}] needle {0}")
  @ValueSource(strings = {"the", "Ünïcode"})
  void parallelCountStops(String needle) {
    Interruption.beginMainThreadCall().interrupt();
    assertThrows(PyKeyboardInterrupt.class, () -> new WordCounter(needle).countParallel(LINES));
  }

  @Test
  void chunkBoundsStopWithoutALineEnd() {
    Interruption.beginMainThreadCall().interrupt();
    assertThrows(PyKeyboardInterrupt.class, () -> WordCounter.chunkBounds(TEXT, 4));
  }

  @Test
  void countsRunToTheEndWhenNotInterrupted() {
    Interruption.beginMainThreadCall();
    assertEquals(0, new WordCounter("the").countParallel(LINES));
    assertEquals(0, new WordCounter("Ünïcode").countSequential(TEXT));
  }
}
