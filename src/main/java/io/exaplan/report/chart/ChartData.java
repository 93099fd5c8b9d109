package io.exaplan.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * What a chart shows, apart from how JFreeChart draws it: its panels, each with its axes (title
 * with unit, linear or log, range) and its series in legend order (values, colour, line or
 * markers). {@link ChartKit#data} reads it off the very chart the PNG and SVG draw, so a
 * renderer that builds its own chart (the deck's native PowerPoint charts) shows the same
 * numbers, the same marked values and the same series order as the picture.
 */
public record ChartData(String title, List<Panel> panels) {
  public ChartData {
    panels = List.copyOf(panels);
  }

  /** XY: numeric x and y (lines and markers); BARS: one value per category and series. */
  public enum Kind { XY, BARS }

  /**
   * An axis: its title with the unit, {@code logBase} 0 for linear (then {@code step} is the
   * tick step, and the range a whole number of steps) or 10 (a log axis of the picture in any
   * base: office charts label a log axis at powers of ten; {@code min} is one), the shown
   * range, and the decimals of its tick labels (the chart's own number format).
   */
  public record Axis(String title, double logBase, double min, double max, double step,
      int decimals) {
    public boolean log() {
      return logBase > 0;
    }
  }

  /**
   * One series: {@code x} (XY) or category positions (BARS, ignored) and {@code y}; drawn as a
   * line of {@code width} points (dashed or solid), with markers, or both. A domain marker of the
   * chart (a knee, a cadence) is a two-point vertical line over the y range; an annotated point
   * a one-point series with a marker and no line.
   */
  public record Series(String name, double[] x, double[] y, Color colour, double width,
      boolean dashed, boolean line, boolean markers) {}

  /** A plot area: kind, axes, categories (BARS only) and series in legend order. */
  public record Panel(Kind kind, String title, Axis x, Axis y, List<String> categories,
      List<Series> series, int labelDecimals) {
    public Panel {
      categories = List.copyOf(categories);
      series = List.copyOf(series);
    }
  }
}
