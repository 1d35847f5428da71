package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.exceptions.PyUnicodeDecodeError;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCounterTest {

  private static long count(String text, String needle) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    long sequential = new WordCounter(needle).countSequential(bytes);
    assertEquals(sequential, new WordCounter(needle).countParallel(bytes), "parallel count");
    return sequential;
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Is, (is) island this is.   | is  | 3",
        "Is, (is) island this is.   | Is  | 0",
        "IS iS Is is                | is  | 4",
        "\"is\"                       | is  | 1",
        "1is is1 is2a ٣is           | is  | 4",
        "éis isé is                 | is  | 1",
        "ÉTÉ été etE                | été | 2",
        "İs                         | is  | 1",
        "is\tis is                  | is  | 2",
        "is,is                      | is  | 1",
        "'' | is | 0",
      })
  void countsByTheSeedsRule(String text, String needle, long expected) {
    assertEquals(expected, count(text.strip(), needle.strip()));
  }

  @Test
  void ofReusesTheCounterForTheSameNeedleOnly() {
    WordCounter is = WordCounter.of("is");
    assertSame(is, WordCounter.of(new String("is")));
    WordCounter other = WordCounter.of("été");
    assertNotSame(is, other);
    assertEquals(2, other.countLine("été ÉTÉ"));
    assertEquals(1, WordCounter.of("is").countLine("is"));
  }

  @Test
  void splitsLinesLikeRust() {
    assertEquals(2, count("is\r\nis\r\n", "is"));
    assertEquals(2, count("is\nis", "is"));
    assertEquals(0, count("", "is"));
    // A '\r' before '\n' is dropped, so it cannot complete a needle that ends in '\r'.
    assertEquals(0, count("a\r\n", "a\r"));
    assertEquals(1, count("a\r b", "a\r"));
  }

  @Test
  void emptyNeedleMatchesWordsWithNoLetters() {
    // Lines "a  b" and "": words "a", "", "b" and "".
    assertEquals(2, count("a  b\n\n", ""));
    assertEquals(1, count("\n", ""));
    assertEquals(0, count("", ""));
    assertEquals(1, count("12", ""));
    assertEquals(1, count("x ", ""));
  }

  @Test
  void zenCountsTenPerCopy() throws Exception {
    byte[] zen;
    try (var in = getClass().getResourceAsStream("/dev/pyjava/examples/zen.txt")) {
      zen = in.readAllBytes();
    }
    byte[] many = new byte[zen.length * 1000];
    for (int i = 0; i < 1000; i++) {
      System.arraycopy(zen, 0, many, i * zen.length, zen.length);
    }
    assertEquals(10, new WordCounter("is").countSequential(zen));
    assertEquals(10_000, new WordCounter("is").countSequential(many));
    assertEquals(10_000, new WordCounter("is").countParallel(many));
  }

  @Test
  void parallelEqualsSequentialOnRandomLinesOfAnySize() {
    Random random = new Random(7);
    String[] words = {"is", "Is,", "(is)", "this", "", "é", "is\r", "\t", "İs", "island"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      text.append(words[random.nextInt(words.length)]);
      text.append(random.nextInt(5) == 0 ? "\n" : " ");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (String needle : new String[] {"is", "", "é", "island"}) {
      WordCounter counter = new WordCounter(needle);
      assertEquals(counter.countSequential(bytes), counter.countParallel(bytes), needle);
    }
  }

  @Test
  void chunksEndAtLineEnds() {
    byte[] text = "ab\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
    long[] bounds = WordCounter.chunkBounds(MemorySegment.ofArray(text), 8);
    assertEquals(0, bounds[0]);
    assertEquals(text.length, bounds[bounds.length - 1]);
    for (int i = 1; i < bounds.length - 1; i++) {
      assertEquals('\n', text[Math.toIntExact(bounds[i]) - 1]);
    }
    assertArrayEquals(
        new long[] {0, 3}, WordCounter.chunkBounds(MemorySegment.ofArray("ab\n".getBytes()), 8));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ff                | 0 | 1 | invalid start byte",
        "61 62 e2 82 78    | 2 | 4 | invalid continuation byte",
        "e2 82             | 0 | 2 | unexpected end of data",
        "ed a0 80          | 0 | 1 | invalid continuation byte",
        "c0 80             | 0 | 1 | invalid start byte",
        "f0 90 80          | 0 | 3 | unexpected end of data",
        "f0 90 80 78       | 0 | 3 | invalid continuation byte",
        "f4 90 80 80       | 0 | 1 | invalid continuation byte",
        "e0 80 80          | 0 | 1 | invalid continuation byte",
        "61 80             | 1 | 2 | invalid start byte",
        "61 0a 62 e2 0a    | 3 | 4 | invalid continuation byte",
      })
  void invalidUtf8FailsLikePython(String hex, int start, int end, String reason) {
    byte[] bytes = java.util.HexFormat.ofDelimiter(" ").parseHex(hex.strip());
    for (boolean parallel : new boolean[] {false, true}) {
      WordCounter counter = new WordCounter("is");
      PyUnicodeDecodeError error =
          assertThrows(
              PyUnicodeDecodeError.class,
              () -> {
                if (parallel) counter.countParallel(bytes);
                else counter.countSequential(bytes);
              });
      assertEquals(
          java.util.List.of("utf-8", start, end, reason),
          java.util.List.of(
              error.pythonArgs().get(0), error.pythonArgs().get(2), error.pythonArgs().get(3),
              error.pythonArgs().get(4)));
    }
  }

  @Test
  void decodeErrorMessageIsPythons() {
    byte[] bytes = {'a', 'b', 'c', (byte) 0xff};
    PyUnicodeDecodeError error =
        assertThrows(PyUnicodeDecodeError.class, () -> new WordCounter("is").countSequential(bytes));
    assertEquals("'utf-8' codec can't decode byte 0xff in position 3: invalid start byte", error.message());
  }

  @Test
  void firstErrorInFileOrderWinsAcrossChunks() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      text.append("is a line\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    bytes[120_000] = (byte) 0xff;
    bytes[400_000] = (byte) 0xfe;
    PyUnicodeDecodeError error =
        assertThrows(PyUnicodeDecodeError.class, () -> new WordCounter("is").countParallel(bytes));
    assertEquals(120_000, error.pythonArgs().get(2));
  }
}
