package io.exaplan.report.chart;

import io.exaplan.report.svg.Fonts;
import io.exaplan.report.svg.Png;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
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

  /**
   * The chart's data, axes and series styles ({@link ChartData}), read off the chart itself: the
   * deck builds its native charts from it, so they cannot drift from the PNG and SVG. XY plots
   * (lines, a domain marker as a vertical two-point line, a pointer annotation as a one-point
   * series) and bar plots, alone or combined over one category axis (one panel each).
   */
  public static ChartData data(JFreeChart chart) {
    List<ChartData.Panel> panels = new ArrayList<>();
    org.jfree.chart.plot.Plot plot = chart.getPlot();
    if (plot instanceof org.jfree.chart.plot.CombinedDomainCategoryPlot c) {
      for (Object sub : c.getSubplots()) {
        panels.add(bars((CategoryPlot) sub));
      }
    } else if (plot instanceof CategoryPlot c) {
      panels.add(bars(c));
    } else if (plot instanceof XYPlot xy) {
      panels.add(xy(xy));
    } else {
      throw new IllegalArgumentException("no data accessor for " + plot.getClass().getName());
    }
    return new ChartData(chart.getTitle() == null ? "" : chart.getTitle().getText(), panels);
  }

  private static ChartData.Panel xy(XYPlot plot) {
    ChartData.Axis x = axis(plot.getDomainAxis());
    ChartData.Axis y = axis(plot.getRangeAxis());
    XYItemRenderer r = plot.getRenderer();
    XYDataset ds = plot.getDataset();
    List<ChartData.Series> series = new ArrayList<>();
    for (int i = 0; i < ds.getSeriesCount(); i++) {
      int n = ds.getItemCount(i);
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int k = 0; k < n; k++) {
        xs[k] = ds.getXValue(i, k);
        ys[k] = ds.getYValue(i, k);
      }
      boolean line = !(r instanceof XYLineAndShapeRenderer l) || l.getItemLineVisible(i, 0);
      boolean shapes = r instanceof XYLineAndShapeRenderer l && l.getItemShapeVisible(i, 0);
      series.add(series(ds.getSeriesKey(i).toString(), xs, ys, r.getItemPaint(i, 0),
          r.getItemStroke(i, 0), line, shapes));
    }
    java.util.Collection<?> markers = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
    if (markers != null) {
      for (Object o : markers) {
        if (o instanceof ValueMarker m) {
          series.add(series(m.getLabel() == null ? "" : m.getLabel(), new double[] {m.getValue(),
              m.getValue()}, new double[] {y.min(), y.max()}, m.getPaint(), m.getStroke(), true,
              false));
        }
      }
    }
    for (Object o : plot.getAnnotations()) {
      if (o instanceof XYPointerAnnotation a) {
        series.add(series(a.getText(), new double[] {a.getX()}, new double[] {a.getY()},
            Color.BLACK, a.getArrowStroke(), false, true));
      }
    }
    return new ChartData.Panel(ChartData.Kind.XY, "", x, y, List.of(), series, -1);
  }

  private static ChartData.Panel bars(CategoryPlot plot) {
    CategoryDataset ds = plot.getDataset();
    CategoryItemRenderer r = plot.getRenderer();
    List<String> categories = new ArrayList<>();
    for (Object k : ds.getColumnKeys()) {
      categories.add(k.toString());
    }
    List<ChartData.Series> series = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < ds.getRowCount(); i++) {
      double[] xs = new double[categories.size()];
      double[] ys = new double[categories.size()];
      for (int k = 0; k < categories.size(); k++) {
        xs[k] = k;
        Number v = ds.getValue(i, k);
        ys[k] = v == null ? Double.NaN : v.doubleValue();
      }
      names.add(ds.getRowKey(i).toString());
      series.add(series(ds.getRowKey(i).toString(), xs, ys, r.getItemPaint(i, 0),
          r.getItemStroke(i, 0), false, false));
    }
    ChartData.Axis y = axis(plot.getRangeAxis());
    int labels = r.getDefaultItemLabelsVisible() && plot.getRangeAxis() instanceof NumberAxis n
        && n.getNumberFormatOverride() instanceof RootFormat f ? f.decimals : -1;
    return new ChartData.Panel(ChartData.Kind.BARS, panelTitle(names), null, y, categories,
        series, labels);
  }

  /** "Racks"; "Read (TB/s)" and "Write (TB/s)" -> "Read and write (TB/s)". */
  static String panelTitle(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    String first = names.get(0);
    int open = first.lastIndexOf(" (");
    String unit = open < 0 ? "" : first.substring(open);
    List<String> stems = new ArrayList<>();
    for (String n : names) {
      if (unit.isEmpty() || !n.endsWith(unit)) {
        return String.join(", ", names);
      }
      String stem = n.substring(0, n.length() - unit.length());
      stems.add(stems.isEmpty() ? stem : stem.toLowerCase(Locale.ROOT));
    }
    return String.join(", ", stems.subList(0, stems.size() - 1)) + " and "
        + stems.get(stems.size() - 1) + unit;
  }

  private static ChartData.Series series(String name, double[] x, double[] y,
      java.awt.Paint paint, java.awt.Stroke stroke, boolean line, boolean markers) {
    Color c = paint instanceof Color col ? col : Color.BLACK;
    double width = stroke instanceof BasicStroke b ? b.getLineWidth() : 1;
    boolean dashed = stroke instanceof BasicStroke b && b.getDashArray() != null;
    return new ChartData.Series(name, x, y, c, width, dashed, line, markers);
  }

  private static ChartData.Axis axis(ValueAxis a) {
    org.jfree.data.Range range = a.getRange();
    NumberFormat f = a instanceof NumberAxis n ? n.getNumberFormatOverride()
        : a instanceof LogAxis l ? l.getNumberFormatOverride() : null;
    int decimals = f instanceof RootFormat r ? r.decimals : 2;
    String title = a.getLabel() == null ? "" : a.getLabel();
    double lo = range.getLowerBound();
    double hi = range.getUpperBound();
    if (a instanceof LogAxis) {
      // from the power of ten at or below the lowest value (labelled ticks from there on), to
      // the highest value or the power of ten just above it when it is one already
      double min = Math.pow(10, Math.floor(Math.log10(lo) + 1e-6));
      double top = Math.pow(10, Math.ceil(Math.log10(hi) - 1e-6));
      double max = Math.abs(top - hi) <= 1e-6 * top ? top : hi;
      return new ChartData.Axis(title, 10, min, max, 0, decimals);
    }
    double step = step(hi - lo);
    double min = Math.floor(lo / step + 1e-9) * step;
    double max = Math.ceil(hi / step - 1e-9) * step;
    return new ChartData.Axis(title, 0, min, max, step, decimals);
  }

  /** A round tick step giving about six ticks over {@code span}: 1, 2 or 5 times a power of ten. */
  static double step(double span) {
    if (!(span > 0)) {
      return 1;
    }
    double raw = span / 6;
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double m = raw / p;
    return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
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
