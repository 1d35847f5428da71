package dev.pyjava.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link BarChart} draws, read from the TSV the Python report writes: a header line {@code
 * panel series bar value text}, then one bar a line. Panels and series keep the order they first
 * appear in.
 *
 * @param panels the panels, each with its bars, in order
 * @param series every series name, in order: bars of one series share a colour
 */
record ChartData(Map<String, List<Bar>> panels, List<String> series) {
  /** The columns, in order. */
  static final List<String> HEADER = List.of("panel", "series", "bar", "value", "text");

  /**
   * One bar.
   *
   * @param series what colours it
   * @param label its name, left of the bar
   * @param value its length, from zero
   * @param text the value as printed at the bar's end
   */
  record Bar(String series, String label, double value, String text) {}

  /**
   * Reads a chart's TSV.
   *
   * @throws IllegalArgumentException naming the line, when the file is not such a TSV
   */
  static ChartData read(Path tsv) throws IOException {
    return parse(tsv.toString(), Files.readAllLines(tsv, StandardCharsets.UTF_8));
  }

  /** Parses the lines of a chart's TSV; {@code source} names it in errors. */
  static ChartData parse(String source, List<String> lines) {
    if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(HEADER)) {
      throw new IllegalArgumentException(
          source + ":1: expected the header " + String.join("<TAB>", HEADER));
    }
    Map<String, List<Bar>> panels = new LinkedHashMap<>();
    List<String> series = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String where = source + ":" + (i + 1) + ": ";
      if (cells.length != HEADER.size()) {
        throw new IllegalArgumentException(
            where + "expected " + HEADER.size() + " tab-separated cells, found " + cells.length);
      }
      double value = parseValue(where, cells[3]);
      panels.computeIfAbsent(cells[0], p -> new ArrayList<>()).add(new Bar(cells[1], cells[2], value, cells[4]));
      if (!series.contains(cells[1])) {
        series.add(cells[1]);
      }
    }
    if (panels.isEmpty()) {
      throw new IllegalArgumentException(source + ": no bars to draw");
    }
    return new ChartData(panels, series);
  }

  private static double parseValue(String where, String cell) {
    double value;
    try {
      value = Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + "value '" + cell + "' is not a number");
    }
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(where + "value " + cell + " must be finite and not negative");
    }
    return value;
  }

  /** How many bars there are in all. */
  int barCount() {
    return panels.values().stream().mapToInt(List::size).sum();
  }
}
