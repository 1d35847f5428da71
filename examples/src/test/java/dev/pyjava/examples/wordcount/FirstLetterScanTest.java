package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The first-letter scan against the plain word-by-word rule, on random texts where multi-byte
 * characters, candidates and invalid bytes fall on every offset of the eight-byte steps.
 */
class FirstLetterScanTest {
  private static final String[] PIECES = {
    "i", "I", "s", "S", "is", "Is", "k", "K", "\u212A", "\u0130", "e", "y", " ", " ", " ", "\n",
    "\r", ",", "(", "'", "1", "\u0663", "\u00e9", "\u00cd", "\u03b1", "\u6f22", "\ud835\udc22", "\u00ab",
    "\u0301", "\u2160", "\u0800", "\ud7ff", "\u0416", "\uffe5",
  };
  private static final String[] NEEDLES = {"is", "i", "k", "key", "is,", "i1", "kk", "iS", "isisisis"};

  private static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < pieces; p++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static long scan(String needle, MemorySegment text) {
    return new FirstLetterScan(needle.codePoints().toArray()).count(text, 0, text.byteSize());
  }

  private static long wordByWord(String needle, MemorySegment text) {
    return new WordByWordCount(needle.codePoints().toArray()).count(text, 0, text.byteSize());
  }

  @Test
  void agreesWithWordByWordOnRandomTexts() {
    Random random = new Random(11);
    for (int trial = 0; trial < 3_000; trial++) {
      String text = randomText(random, random.nextInt(60));
      MemorySegment bytes = MemorySegment.ofArray(text.getBytes(StandardCharsets.UTF_8));
      for (String needle : NEEDLES) {
        assertEquals(wordByWord(needle, bytes), scan(needle, bytes), () -> needle + " in " + text);
      }
    }
  }

  @Test
  void reportsTheSameFirstErrorAsValidation() {
    Random random = new Random(12);
    for (int trial = 0; trial < 3_000; trial++) {
      byte[] bytes = randomText(random, 1 + random.nextInt(40)).getBytes(StandardCharsets.UTF_8);
      int corrupt = 1 + random.nextInt(2);
      for (int c = 0; c < corrupt; c++) {
        bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
      }
      MemorySegment text = MemorySegment.ofArray(bytes);
      long error = Utf8.firstError(text, 0, bytes.length);
      long expected = error >= 0 ? ChunkCount.failure(error) : wordByWord("is", text);
      assertEquals(expected, scan("is", text), () -> java.util.HexFormat.of().formatHex(bytes));
    }
  }

  @Test
  void countsAnErrorFreeRunToItsEndOnly() {
    byte[] bytes = "is is\nis\n".getBytes(StandardCharsets.UTF_8);
    MemorySegment text = MemorySegment.ofArray(bytes);
    FirstLetterScan scan = new FirstLetterScan("is".codePoints().toArray());
    assertEquals(2, scan.count(text, 0, 6));
    assertEquals(1, scan.count(text, 6, bytes.length));
  }

  @Test
  void handlesNeedlesThatStartWithALowerCaseAsciiLetterAndHaveNoSpaces() {
    for (String needle : new String[] {"is", "i", "key", "is,", "a-b", "iS"}) {
      assertTrue(FirstLetterScan.handles(needle.codePoints().toArray()), needle);
    }
    for (String needle : new String[] {"", "Is", "été", "1a", "a b", "a\r", "a\n", "(a", "aé"}) {
      assertFalse(FirstLetterScan.handles(needle.codePoints().toArray()), needle);
    }
  }
}
