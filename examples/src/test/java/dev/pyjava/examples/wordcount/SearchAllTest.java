package dev.pyjava.examples.wordcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyStopIteration;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code word_count.search_all} on the pure-Java backend: lazy needles in, lazy counts out. */
class SearchAllTest {
  @TempDir Path dir;

  private Path zen(int copies) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/dev/pyjava/examples/zen.txt")) {
      byte[] one = in.readAllBytes();
      return Files.write(dir.resolve("zen.txt"), repeat(one, copies));
    }
  }

  private static byte[] repeat(byte[] one, int copies) {
    byte[] all = new byte[one.length * copies];
    for (int i = 0; i < copies; i++) {
      System.arraycopy(one, 0, all, i * one.length, one.length);
    }
    return all;
  }

  @Test
  void yieldsEachNeedleWithItsCountThenStops() throws IOException {
    Path file = zen(100);
    Python.withGil(
        py -> {
          PyObject found =
              py.importModule("word_count")
                  .getAttr("search_all")
                  .call(file.toString(), List.of("is", "better", "zzz"));
          PyObject next = found.getAttr("__next__");
          assertEquals("('is', 1000)", next.call().repr());
          assertEquals("('better', 800)", next.call().repr());
          assertEquals("('zzz', 0)", next.call().repr());
          assertThrows(PyStopIteration.class, next::call);
          return null;
        });
  }

  @Test
  void aNeedleThatIsNoStrRaisesAtItsItem() throws IOException {
    Path file = zen(1);
    Python.withGil(
        py -> {
          PyObject next =
              py.importModule("word_count")
                  .getAttr("search_all")
                  .call(file.toString(), List.of("is", 3))
                  .getAttr("__next__");
          assertEquals("('is', 10)", next.call().repr());
          assertEquals(
              "search_all() argument 'needles' item 1 must be str, not int",
              assertThrows(PyTypeError.class, next::call).message());
          return null;
        });
  }
}
