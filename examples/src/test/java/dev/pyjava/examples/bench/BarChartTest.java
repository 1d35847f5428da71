package dev.pyjava.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarChartTest {
  private static final int WHITE = Color.WHITE.getRGB();
  private static final String HEADER = "panel\tseries\tbar\tvalue\ttext";

  @Test
  void readsPanelsAndSeriesInOrder() {
    ChartData data =
        ChartData.parse(
            "t.tsv",
            List.of(
                HEADER,
                "B\tpyjava\tpyjava sequential\t2.5\t2.5 ms",
                "A\tpure Python\tpure Python\t100\t100 ms",
                "B\tpeer\tpeer sequential\t1\t1 ms"));
    assertEquals(List.of("B", "A"), List.copyOf(data.panels().keySet()));
    assertEquals(List.of("pyjava", "pure Python", "peer"), data.series());
    assertEquals(3, data.barCount());
    assertEquals(new ChartData.Bar("peer", "peer sequential", 1, "1 ms"), data.panels().get("B").get(1));
  }

  @Test
  void badDataNamesTheLine() {
    var wrongHeader = assertThrows(IllegalArgumentException.class, () -> ChartData.parse("t.tsv", List.of("a\tb")));
    assertTrue(wrongHeader.getMessage().startsWith("t.tsv:1: expected the header"), wrongHeader.getMessage());
    var notNumber =
        assertThrows(
            IllegalArgumentException.class,
            () -> ChartData.parse("t.tsv", List.of(HEADER, "A\ts\tb\tfast\tx")));
    assertEquals("t.tsv:2: value 'fast' is not a number", notNumber.getMessage());
    var negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> ChartData.parse("t.tsv", List.of(HEADER, "A\ts\tb\t1\tx", "A\ts\tb\t-1\tx")));
    assertEquals("t.tsv:3: value -1 must be finite and not negative", negative.getMessage());
    var short_ =
        assertThrows(IllegalArgumentException.class, () -> ChartData.parse("t.tsv", List.of(HEADER, "A\ts")));
    assertEquals("t.tsv:2: expected 5 tab-separated cells, found 2", short_.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ChartData.parse("t.tsv", List.of(HEADER)));
  }

  @Test
  void drawsLongerBarsForLargerValuesInSeriesColours(@TempDir Path folder) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Path tsv = folder.resolve("chart.tsv");
    Files.writeString(tsv, HEADER + "\nP\tone\tsmall\t1\t1\nP\ttwo\tlarge\t4\t4\n");
    Path png = folder.resolve("out/chart.png");
    BarChart.write(BarChart.draw(ChartData.read(tsv), "title"), png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(BarChart.WIDTH, image.getWidth());
    int smallRow = rowWithBar(image, 0);
    int largeRow = rowWithBar(image, 1);
    int small = barLength(image, smallRow);
    int large = barLength(image, largeRow);
    assertTrue(large > 3 * small && large < 5 * small, small + " vs " + large);
    int x = BarChart.BAR_LEFT + 1;
    assertNotEquals(image.getRGB(x, smallRow), image.getRGB(x, largeRow), "one colour per series");
  }

  /** The y of the middle of the {@code index}th bar: the runs of colour just right of the axis. */
  private static int rowWithBar(BufferedImage image, int index) {
    int x = BarChart.BAR_LEFT + 1;
    int seen = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      if (image.getRGB(x, y) != WHITE && image.getRGB(x, y - 1) == WHITE && ++seen == index) {
        return y + 5;
      }
    }
    throw new AssertionError("no bar " + index);
  }

  /** How many pixels of the bar's colour the row has from the bar's start. */
  private static int barLength(BufferedImage image, int y) {
    int x = BarChart.BAR_LEFT + 1;
    int rgb = image.getRGB(x, y);
    int length = 0;
    while (x + length < image.getWidth() && image.getRGB(x + length, y) == rgb) {
      length++;
    }
    return length;
  }
}
