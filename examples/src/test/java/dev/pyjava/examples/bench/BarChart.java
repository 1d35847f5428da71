package dev.pyjava.examples.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the benchmark chart: one panel of horizontal bars per measure, each panel scaled to its
 * own longest bar, bars of one series (pure Python, pyjava, each peer) in one colour. Headless
 * AWT only.
 *
 * <p>{@code java dev.pyjava.examples.bench.BarChart chart.tsv chart.png [title]}
 */
public final class BarChart {
  static final int WIDTH = 1100;
  private static final int MARGIN = 24;
  private static final int LABEL_WIDTH = 330;
  /** Where every bar starts. */
  static final int BAR_LEFT = MARGIN + LABEL_WIDTH;
  private static final int VALUE_WIDTH = 110;
  private static final int BAR_HEIGHT = 22;
  private static final int BAR_GAP = 6;
  private static final int PANEL_TITLE = 34;
  private static final int PANEL_GAP = 18;
  private static final int TITLE = 44;
  private static final Color[] PALETTE = {
    new Color(0x9e9e9e), new Color(0xe07b39), new Color(0x3b75af), new Color(0x519e3e),
    new Color(0x8d69b8), new Color(0xc53a32),
  };

  private BarChart() {}

  /**
   * Reads the TSV at {@code args[0]} and writes the PNG to {@code args[1]}, titled {@code args[2]}
   * if given. Exits with status 2 and a one-line reason on bad arguments or data.
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: BarChart chart.tsv chart.png [title]");
      System.exit(2);
    }
    String title = args.length == 3 ? args[2] : "pyjava benchmarks";
    try {
      ChartData data = ChartData.read(Path.of(args[0]));
      write(draw(data, title), Path.of(args[1]));
    } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
      System.err.println("BarChart: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Writes {@code image} as a PNG, making the folder first. */
  static void write(BufferedImage image, Path png) throws IOException {
    Path folder = png.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    if (!ImageIO.write(image, "png", png.toFile())) {
      throw new IOException("no PNG writer in this JVM");
    }
  }

  /** The chart as an image. */
  static BufferedImage draw(ChartData data, String title) {
    int height =
        TITLE
            + MARGIN
            + data.panels().size() * (PANEL_TITLE + PANEL_GAP)
            + data.barCount() * (BAR_HEIGHT + BAR_GAP);
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      g.setColor(Color.BLACK);
      g.setFont(new Font("DejaVu Sans", Font.BOLD, 20));
      g.drawString(title, MARGIN, MARGIN + 14);
      int y = TITLE + MARGIN / 2;
      for (Map.Entry<String, List<ChartData.Bar>> panel : data.panels().entrySet()) {
        y = drawPanel(g, data, panel.getKey(), panel.getValue(), y);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private static int drawPanel(
      Graphics2D g, ChartData data, String title, List<ChartData.Bar> bars, int top) {
    g.setColor(Color.BLACK);
    g.setFont(new Font("DejaVu Sans", Font.BOLD, 15));
    g.drawString(title, MARGIN, top + 20);
    int y = top + PANEL_TITLE;
    double longest = bars.stream().mapToDouble(ChartData.Bar::value).max().orElse(0);
    int barSpace = WIDTH - 2 * MARGIN - LABEL_WIDTH - VALUE_WIDTH;
    int x0 = BAR_LEFT;
    Font labelFont = new Font("DejaVu Sans", Font.PLAIN, 13);
    for (ChartData.Bar bar : bars) {
      g.setFont(labelFont);
      FontMetrics metrics = g.getFontMetrics();
      int baseline = y + (BAR_HEIGHT + metrics.getAscent() - metrics.getDescent()) / 2;
      g.setColor(Color.DARK_GRAY);
      g.drawString(bar.label(), x0 - 10 - metrics.stringWidth(bar.label()), baseline);
      int length = longest == 0 ? 0 : (int) Math.round(barSpace * bar.value() / longest);
      g.setColor(PALETTE[data.series().indexOf(bar.series()) % PALETTE.length]);
      g.fillRect(x0, y, Math.max(length, 1), BAR_HEIGHT);
      g.setColor(Color.BLACK);
      g.drawString(bar.text(), x0 + Math.max(length, 1) + 6, baseline);
      y += BAR_HEIGHT + BAR_GAP;
    }
    g.setColor(Color.GRAY);
    g.setStroke(new BasicStroke(1));
    g.drawLine(x0, top + PANEL_TITLE - 2, x0, y - BAR_GAP + 2);
    return y + PANEL_GAP;
  }
}
