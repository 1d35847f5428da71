package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.exceptions.PyFileNotFoundError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@link Corpus} used from Java: its counts are {@code search}'s, and it closes like a file. */
class CorpusTest {
  private static final String LINE = "Is, (is) island this is.\r\nİs été ٣is\n";
  private static final List<String> NEEDLES = List.of("is", "", "été", "island", "x");

  @TempDir Path dir;

  @AfterEach
  void removeProbe() {
    CountingProbe.onEnter(null);
  }

  /** {@code copies} of {@link #LINE}: mapped from 2 000 copies (68 kB), read below. */
  private String write(int copies) throws IOException {
    Path file = dir.resolve("text" + copies + ".txt");
    Files.writeString(file, LINE.repeat(copies), StandardCharsets.UTF_8);
    return file.toString();
  }

  /** How many of this process's memory mappings map the file at {@code path}. */
  private static long mappingsOf(String path) throws IOException {
    return Files.readAllLines(Path.of("/proc/self/maps")).stream()
        .filter(line -> line.endsWith(" " + path))
        .count();
  }

  @Test
  void countsAsSearchDoes() throws IOException {
    for (int copies : new int[] {1, 2_000}) {
      String path = write(copies);
      try (Corpus corpus = new Corpus(path)) {
        assertEquals(copies == 1 ? 0 : 1, mappingsOf(path));
        List<Long> expected = new ArrayList<>();
        for (String needle : NEEDLES) {
          expected.add(WordCount.search(path, needle));
          assertEquals(WordCount.search(path, needle), corpus.count(needle), needle);
        }
        assertEquals(5L * copies, corpus.count("is"));
        assertEquals(expected, corpus.countMany(NEEDLES));
        assertEquals(List.of(), corpus.countMany(List.of()));
      }
    }
  }

  @Test
  void closedCorpusRaisesValueError() throws IOException {
    String path = write(2_000);
    Corpus corpus = new Corpus(path);
    assertFalse(corpus.isClosed());
    corpus.close();
    assertTrue(corpus.isClosed());
    assertEquals(0, mappingsOf(path));
    PyValueError error = assertThrows(PyValueError.class, () -> corpus.count("is"));
    assertEquals("I/O operation on closed corpus", error.message());
    assertThrows(PyValueError.class, () -> corpus.countMany(List.of("is")));
    corpus.close();
    assertTrue(corpus.isClosed());
  }

  @Test
  void missingFileIsFileNotFoundError() {
    String path = dir.resolve("missing.txt").toString();
    PyFileNotFoundError error = assertThrows(PyFileNotFoundError.class, () -> new Corpus(path));
    assertEquals(List.of(2, "No such file or directory", path), error.pythonArgs());
  }

  @Test
  void closeWhileCountingLetsTheCountFinishThenUnmaps() throws Exception {
    String path = write(2_000);
    Corpus corpus = new Corpus(path);
    CountDownLatch counting = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    CountingProbe.onEnter(
        () -> {
          counting.countDown();
          try {
            closed.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
      Future<Long> count = pool.submit(() -> corpus.count("is"));
      assertTrue(counting.await(60, TimeUnit.SECONDS));
      corpus.close();
      assertThrows(PyValueError.class, () -> corpus.count("is"));
      assertEquals(1, mappingsOf(path));
      closed.countDown();
      assertEquals(10_000, count.get(60, TimeUnit.SECONDS));
    }
    assertEquals(0, mappingsOf(path));
  }

  @Test
  void threadsCountOnOneCorpusAtOnce() throws Exception {
    String path = write(2_000);
    try (Corpus corpus = new Corpus(path);
        ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Long> expected = corpus.countMany(NEEDLES);
      List<Future<Boolean>> agreed = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        agreed.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    int n = (i + offset) % NEEDLES.size();
                    if (corpus.count(NEEDLES.get(n)) != expected.get(n)
                        || !corpus.countMany(NEEDLES).equals(expected)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : agreed) {
        assertTrue(result.get(60, TimeUnit.SECONDS));
      }
    }
  }
}
