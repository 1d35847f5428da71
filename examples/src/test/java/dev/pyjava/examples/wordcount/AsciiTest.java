package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time helpers against the same questions asked one byte at a time. */
class AsciiTest {
  private static long highBitWhere(long word, java.util.function.IntPredicate test) {
    long mask = 0;
    for (int lane = 0; lane < 8; lane++) {
      if (test.test((int) (word >>> (8 * lane)) & 0xFF)) {
        mask |= 0x80L << (8 * lane);
      }
    }
    return mask;
  }

  @Test
  void laneMasksMatchBytewiseTests() {
    Random random = new Random(5);
    byte[] interesting = {0, 1, 'a', 'z', 'A', 'Z', '@', '[', '`', '{', 'i', 'I', ' ', 0x7F};
    for (int trial = 0; trial < 100_000; trial++) {
      long word = 0;
      for (int lane = 0; lane < 8; lane++) {
        int b = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextInt(256);
        word |= (long) (b & 0xFF) << (8 * lane);
      }
      assertEquals(highBitWhere(word, b -> b == 0), Ascii.zeroBytes(word));
      assertEquals(highBitWhere(word, b -> b < 0x80 && Ascii.isLetter((byte) b)), Ascii.letters(word));
      assertEquals(
          highBitWhere(word, b -> b == 'i' || b == 'I'),
          Ascii.equalFolded(word, Ascii.foldFor('i'), Ascii.broadcast('i')));
      assertEquals(
          highBitWhere(word, b -> b == ','),
          Ascii.equalFolded(word, Ascii.foldFor(','), Ascii.broadcast(',')));
    }
  }

  @Test
  void nonAsciiUpperCaseIsTheOnlyNonAsciiCodePointThatLowerCasesToTheLetter() {
    int[] found = new int[128];
    java.util.Arrays.fill(found, -1);
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      int lower = Character.toLowerCase(cp);
      if (lower < 0x80) {
        assertEquals(-1, found[lower], "two non-ASCII code points lower-case to " + lower);
        found[lower] = cp;
      }
    }
    for (int letter = 'a'; letter <= 'z'; letter++) {
      assertEquals(found[letter], Ascii.nonAsciiUpperCase(letter), String.valueOf((char) letter));
    }
    for (int c = 0; c < 0x80; c++) {
      if (c < 'a' || c > 'z') {
        assertEquals(-1, found[c], "a non-ASCII code point lower-cases to non-letter " + c);
      }
    }
  }
}
