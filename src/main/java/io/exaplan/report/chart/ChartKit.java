package io.exaplan.report.chart;

import io.exaplan.report.svg.Fonts;
import io.exaplan.report.svg.Png;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.svg.SVGGraphics2D;

/**
 * One look for every chart, and the two ways to draw it: JFreeSVG's Graphics2D for SVG, a bitmap
 * for PNG. Reproducible output: the bundled font (same text metrics everywhere), Locale.ROOT
 * number formats, and a fixed SVG defs prefix per chart instead of JFreeSVG's time-based one.
 */
public final class ChartKit {
  /** Series colours, colour-blind-safe (Okabe-Ito), in series order. */
  static final Color[] PALETTE = {
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)};
  static final Color GRID = new Color(0xDDDDDD);
  static final BasicStroke LINE = new BasicStroke(2f);
  static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
      BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  public static final int WIDTH = 900;
  public static final int HEIGHT = 520;

  private ChartKit() {}

  /**
   * Locale-free number format with at most {@code decimals} decimals and grouping, rounding the
   * shortest decimal form half up, as the report tables do (1.365 shows as 1.37 in both).
   */
  static NumberFormat format(int decimals) {
    return new RootFormat(decimals);
  }

  /** {@link NumberFormat} over {@code String.format(Locale.ROOT, ...)}, trailing zeros dropped. */
  private static final class RootFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final int decimals;

    RootFormat(int decimals) {
      this.decimals = decimals;
    }

    @Override
    public StringBuffer format(double v, StringBuffer to, java.text.FieldPosition pos) {
      String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
      if (s.indexOf('.') >= 0) {
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      return to.append(s.equals("-0") ? "0" : s);
    }

    @Override
    public StringBuffer format(long v, StringBuffer to, java.text.FieldPosition pos) {
      return format((double) v, to, pos);
    }

    @Override
    public Number parse(String source, java.text.ParsePosition pos) {
      throw new UnsupportedOperationException("charts only format numbers");
    }
  }

  static void style(JFreeChart chart) {
    StandardChartTheme t = new StandardChartTheme("exaplan");
    t.setExtraLargeFont(Fonts.bold(16));
    t.setLargeFont(Fonts.bold(12));
    t.setRegularFont(Fonts.regular(11));
    t.setSmallFont(Fonts.regular(10));
    t.setChartBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setDomainGridlinePaint(GRID);
    t.setRangeGridlinePaint(GRID);
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setShadowVisible(false);
    t.setAxisOffset(new org.jfree.chart.ui.RectangleInsets(0, 0, 0, 0));
    t.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new org.jfree.chart.ui.RectangleInsets(8, 8, 8, 16));
  }

  /** Marker labels on a clear background, in the marker's colour. */
  static void label(org.jfree.chart.plot.Marker m, String text, Color c) {
    m.setLabel(text);
    m.setLabelFont(Fonts.regular(10));
    m.setLabelPaint(c);
    m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
  }

  /** The chart as an {@code <svg>} element with id {@code id}; ids inside start with it too. */
  public static String svgElement(JFreeChart chart, String id, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGElement(id, true, new org.jfree.svg.ViewBox(0, 0, width, height), null,
        null);
  }

  /** A standalone SVG file. */
  public static String svgDocument(JFreeChart chart, String id, int width, int height) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement(chart, id, width, height)
        + "\n";
  }

  /** A PNG at {@code scale} pixels per chart pixel. */
  public static byte[] png(JFreeChart chart, int width, int height, double scale) {
    BufferedImage img = Png.image(width, height, scale);
    Graphics2D g = Png.graphics(img, scale);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    g.dispose();
    return Png.encode(img);
  }
}
