package io.exaplan.report.chart;

import io.exaplan.checkpoint.Cadence;
import io.exaplan.checkpoint.CheckpointAnalysis;
import io.exaplan.checkpoint.CheckpointFit;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.CheckpointSize;
import io.exaplan.checkpoint.DesignFailures;
import io.exaplan.checkpoint.Failures;
import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.report.svg.Fonts;
import io.exaplan.sizing.RackBound;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts, built from engine results; each is drawn by {@link ChartKit}. */
public final class Charts {
  private Charts() {}

  /** A chart with a stable id (file name and SVG id) and a caption saying how to read it. */
  public record Named(String id, String title, JFreeChart chart, String caption) {}

  /** Throughput vs C:D ratio for one enclosure model, knees marked, dense options pointed out. */
  public static Named cdSweep(CdSweep sw, String boxName, List<Option> options, Scenario s) {
    XYSeries read = new XYSeries("Read");
    XYSeries write = new XYSeries("Write");
    for (CdSweep.Point p : sw.points()) {
      read.add(p.ratio(), p.readBytesPerSec() / 1e12);
      write.add(p.ratio(), p.writeBytesPerSec() / 1e12);
    }
    XYSeriesCollection ds = new XYSeriesCollection();
    ds.addSeries(read);
    ds.addSeries(write);
    String title = "C:D sweep: " + sw.dboxes() + " x " + sw.dboxModel() + " ("
        + Units.human(s.targetUsableBytes(), Dimension.BYTES) + " usable)";
    JFreeChart chart = xyChart(title, "C-nodes per enclosure", "Throughput (TB/s)", ds);
    XYPlot plot = chart.getXYPlot();
    ((NumberAxis) plot.getDomainAxis()).setNumberFormatOverride(ChartKit.format(2));
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(ChartKit.format(1));
    knee(plot, sw.read(), "read", ChartKit.PALETTE[0]);
    knee(plot, sw.write(), "write", ChartKit.PALETTE[1]);
    double top = 0;
    for (CdSweep.Point p : sw.points()) {
      top = Math.max(top, p.readBytesPerSec() / 1e12);
    }
    for (Option o : options) {
      if (sw.dboxModel().equals(o.hardware().dboxModel()) && o.hardware().dboxes() == sw.dboxes()) {
        double ratio = (double) o.hardware().cnodes() / o.hardware().dboxes();
        double y = o.throughput().readBytesPerSec() / 1e12;
        boolean high = y > 0.6 * top;
        XYPointerAnnotation a = new XYPointerAnnotation(o.id() + " (" + Units.sig(y)
            + " TB/s read)", ratio, y, high ? Math.PI / 4 : -Math.PI / 4);
        a.setFont(Fonts.regular(10));
        a.setTextAnchor(high ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        a.setTipRadius(4);
        a.setBaseRadius(34);
        plot.addAnnotation(a);
      }
    }
    String caption = "Each point is the engine's sizing of " + sw.dboxes() + " " + boxName
        + " with more C-nodes. " + kneeText("Read", sw.read()) + " " + kneeText("Write",
            sw.write()) + " Past a knee, more C-nodes add power but no throughput.";
    return new Named("cd-sweep", title, chart, caption);
  }

  private static String kneeText(String dir, CdSweep.Knee k) {
    if (k == null) {
      return dir + " stays front-end-bound over the whole sweep.";
    }
    return dir + " stops growing at " + Units.sig(k.ratio()) + " C-nodes per enclosure ("
        + k.cnodes() + " C-nodes, " + Units.human(k.bytesPerSec(), Dimension.BYTE_RATE) + ", " + k.bound().key()
        + "-bound).";
  }

  private static void knee(XYPlot plot, CdSweep.Knee k, String dir, Color c) {
    if (k == null) {
      return;
    }
    ValueMarker m = new ValueMarker(k.ratio(), c, ChartKit.DASHED);
    ChartKit.label(m, dir + " knee " + Units.sig(k.ratio()) + ":1, " + k.bound().key()
        + "-bound", c.darker());
    m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
    m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(dir.equals("read") ? 40 : 20, 4, 4,
        4));
    plot.addDomainMarker(m);
  }

  /** Racks, megawatts and TB/s per option as grouped bars, the cloud baseline included. */
  public static Named optionBars(List<Option> options) {
    DefaultCategoryDataset racks = new DefaultCategoryDataset();
    DefaultCategoryDataset power = new DefaultCategoryDataset();
    DefaultCategoryDataset rate = new DefaultCategoryDataset();
    for (Option o : options) {
      racks.addValue(o.space().racks(), "Racks", o.id());
      power.addValue(o.power().powerWatts() / 1e6, "Power, typical (MW)", o.id());
      rate.addValue(o.throughput().readBytesPerSec() / 1e12, "Read (TB/s)", o.id());
      rate.addValue(o.throughput().writeBytesPerSec() / 1e12, "Write (TB/s)", o.id());
    }
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis());
    plot.setGap(14);
    CategoryPlot[] subs = {bars(racks, "Racks", 0), bars(power, "MW", 2), bars(rate, "TB/s", 2)};
    for (CategoryPlot sub : subs) {
      plot.add(sub, 1);
    }
    JFreeChart chart = new JFreeChart("Racks, power and throughput per option", Fonts.bold(16),
        plot, true);
    ChartKit.style(chart);
    Color[][] colours = {{ChartKit.PALETTE[2]}, {ChartKit.PALETTE[4]},
        {ChartKit.PALETTE[0], ChartKit.PALETTE[1]}};
    for (int k = 0; k < subs.length; k++) {
      BarRenderer r = (BarRenderer) subs[k].getRenderer();
      for (int i = 0; i < colours[k].length; i++) {
        r.setSeriesPaint(i, colours[k][i]);
      }
      r.setDefaultItemLabelFont(Fonts.regular(10));
    }
    legendBottom(chart);
    return new Named("option-bars", chart.getTitle().getText(), chart,
        racksCaption(options) + "; power is the typical draw; throughput is the tightest of "
            + "the front-end, media and network bounds. The cloud baseline is scaled from its "
            + "per-EB and per-100-PB figures.");
  }

  /**
   * What sets each option's racks, from the bound the sizing engine names ({@code rackBound}),
   * bounds in the options' order: "Racks are the layout engine's count, bound by power (the rack
   * power limit) for ncp-pod, ...; packing (whole devices per rack) for dense-105-210; and space
   * (rack units) for cloud-hdd".
   */
  static String racksCaption(List<Option> options) {
    Map<RackBound, List<String>> by = new LinkedHashMap<>();
    for (Option o : options) {
      by.computeIfAbsent(o.space().rackBound(), b -> new ArrayList<>()).add(o.id());
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<RackBound, List<String>> e : by.entrySet()) {
      String what = switch (e.getKey()) {
        case SPACE -> "space (rack units)";
        case POWER -> "power (the rack power limit)";
        case PACKING -> "packing (whole devices per rack)";
      };
      parts.add(what + " for " + String.join(", ", e.getValue()));
    }
    String joined = parts.size() == 1 ? parts.get(0) : String.join("; ",
        parts.subList(0, parts.size() - 1)) + "; and " + parts.get(parts.size() - 1);
    return "Racks are the layout engine's count, bound by " + joined;
  }

  private static CategoryPlot bars(DefaultCategoryDataset ds, String axis, int decimals) {
    NumberAxis y = new NumberAxis(axis);
    y.setNumberFormatOverride(ChartKit.format(decimals));
    y.setUpperMargin(0.22);
    BarRenderer r = new BarRenderer();
    r.setItemMargin(0.04);
    r.setMaximumBarWidth(0.12);
    r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        ChartKit.format(decimals)));
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
        TextAnchor.BOTTOM_CENTER));
    CategoryPlot p = new CategoryPlot(ds, null, y, r);
    p.setRangeGridlinePaint(ChartKit.GRID);
    return p;
  }

  /**
   * Write rate the scenario's checkpoints need at each cadence (synchronous, within the stall
   * budget, and the asynchronous floor), against each option's write rate: {@link Cadence#table}
   * rows, the same as {@code exaplan checkpoint --chart cadence}.
   */
  public static Named checkpointCadence(CheckpointFit fit, List<Cadence.Row> rows,
      List<Option> options) {
    XYSeriesCollection ds = new XYSeriesCollection();
    XYSeries sync = new XYSeries("Needed, synchronous (stall <= "
        + Units.sig(fit.stallFraction() * 100) + "% of the interval)");
    XYSeries async = new XYSeries("Needed, asynchronous (drained within the interval)");
    for (Cadence.Row r : rows) {
      sync.add(r.intervalSeconds(), r.syncWriteBytesPerSec() / 1e12);
      async.add(r.intervalSeconds(), r.asyncFloorBytesPerSec() / 1e12);
    }
    ds.addSeries(sync);
    ds.addSeries(async);
    double lo = rows.get(0).intervalSeconds();
    double hi = rows.get(rows.size() - 1).intervalSeconds();
    for (Option o : options) {
      XYSeries line = new XYSeries(o.id() + " writes " + Units.sig(o.throughput().writeBytesPerSec() / 1e12)
          + " TB/s");
      line.add(lo, o.throughput().writeBytesPerSec() / 1e12);
      line.add(hi, o.throughput().writeBytesPerSec() / 1e12);
      ds.addSeries(line);
    }
    CheckpointSize size = fit.checkpoint();
    String title = "Write rate needed vs checkpoint interval";
    JFreeChart chart = xyChart(title, "Checkpoint interval (s)", "Write (TB/s)", ds);
    XYPlot plot = logX(chart, "Checkpoint interval (s, log scale)", 10, lo, hi);
    LogAxis y = logAxis("Write (TB/s, log scale)", 3, 10);
    y.setRange(decadeBelow(ds.getRangeLowerBound(false)), decadeAbove(
        ds.getRangeUpperBound(false)));
    plot.setRangeAxis(y);
    XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
    boolean syncMode = fit.mode() == CheckpointMode.SYNC;
    r.setSeriesStroke(0, new BasicStroke(syncMode ? 3.5f : 2f));
    r.setSeriesStroke(1, new BasicStroke(syncMode ? 2f : 3.5f));
    r.setSeriesPaint(0, Color.BLACK);
    r.setSeriesPaint(1, new Color(0x888888));
    for (int i = 0; i < options.size(); i++) {
      r.setSeriesPaint(i + 2, ChartKit.PALETTE[i % 6]);
      r.setSeriesStroke(i + 2, ChartKit.DASHED);
    }
    for (double cadence : new TreeSet<>(fit.cadencesSeconds())) {
      ValueMarker m = new ValueMarker(cadence, new Color(0x999999), new BasicStroke(1f));
      ChartKit.label(m, Units.human(cadence, Dimension.DURATION), new Color(0x555555));
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      plot.addDomainMarker(m);
    }
    String bytes = Units.human(size.checkpointBytes(), Dimension.BYTES);
    String caption = size.modelName() + ": " + bytes + " per checkpoint"
        + (size.parameters() == null ? "" : " (" + Units.grouped(size.parameters()) + " parameters x " + Units.sig(size.bytesPerParam()) + " B)")
        + ". Synchronous: " + bytes + " / (" + Units.sig(fit.stallFraction())
        + " x interval); asynchronous: " + bytes + " / interval. The scenario checkpoints "
        + (syncMode ? "synchronously" : "asynchronously") + " (the thicker curve): an option catches the checkpoints "
        + "at intervals where its line is above that curve. Marked: the scenario's cadences.";
    return new Named("checkpoint-cadence", title, chart, caption);
  }

  /**
   * Efficiency at Daly's optimal interval as the job grows, one line per option, from each
   * option's {@link DesignFailures} fleet table (Daly's complete model, restart included).
   */
  public static Named efficiency(List<DesignFailures> failures, long clusterGpus,
      String restart) {
    XYSeriesCollection ds = new XYSeriesCollection();
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (DesignFailures f : failures) {
      XYSeries e = new XYSeries(f.option() + " (checkpoint written in "
          + Units.human(f.writeSeconds(), Dimension.DURATION) + ")");
      for (Failures.FleetRow row : f.analysis().fleet()) {
        e.add(row.gpus(), 100 * row.dalyEfficiency());
        lo = Math.min(lo, row.gpus());
        hi = Math.max(hi, row.gpus());
      }
      ds.addSeries(e);
    }
    String title = "Efficiency at Daly's checkpoint interval vs job size";
    JFreeChart chart = xyChart(title, "GPUs in the job", "Efficiency (%)", ds);
    XYPlot plot = logX(chart, "GPUs in the job (log scale)", 2, lo, hi);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setNumberFormatOverride(ChartKit.format(0));
    y.setAutoRangeIncludesZero(false);
    y.setUpperBound(100);
    XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
    r.setDefaultShapesVisible(true);
    for (int i = 0; i < failures.size(); i++) {
      r.setSeriesPaint(i, ChartKit.PALETTE[i % 6]);
    }
    // Later options on top: their markers sit inside the earlier, larger-looking ones.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    ValueMarker m = new ValueMarker(clusterGpus, new Color(0x999999), new BasicStroke(1f));
    ChartKit.label(m, "one cluster, " + Units.fixed(clusterGpus, 0) + " GPUs",
        new Color(0x555555));
    m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
    m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    plot.addDomainMarker(m);
    CheckpointAnalysis a = failures.get(0).analysis();
    String caption = "Daly (2006), complete model: efficiency = tau / (M e^(R/M) "
        + "(e^((tau + delta)/M) - 1)) at Daly's interval tau, restart R = "
        + restart + "; delta = the option's "
        + "checkpoint write time (the stall of a synchronous checkpoint); M = per-GPU MTBF "
        + Units.sig(a.gpuMtbfSeconds() / 3600) + " h / GPUs in the job. The table under "
        + "\"Checkpoints and WAN outages\" has the numbers for one cluster."
        + overlapping(ds);
    return new Named("efficiency", title, chart, caption);
  }

  /**
   * " Lines of a and b overlap (...)." for series that never differ by a percentage point:
   * they share a line on the chart, and the reader should know the hidden one is there.
   */
  private static String overlapping(XYSeriesCollection ds) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < ds.getSeriesCount(); i++) {
      for (int j = i + 1; j < ds.getSeriesCount(); j++) {
        XYSeries a = ds.getSeries(i);
        XYSeries b = ds.getSeries(j);
        double most = 0;
        for (int n = 0; n < Math.min(a.getItemCount(), b.getItemCount()); n++) {
          most = Math.max(most, Math.abs(a.getY(n).doubleValue() - b.getY(n).doubleValue()));
        }
        if (most < 1) {
          pairs.add(option(a) + " and " + option(b));
        }
      }
    }
    return pairs.isEmpty() ? "" : " Within a percentage point of each other everywhere, so "
        + "drawn almost on top of each other: " + String.join("; ", pairs) + ".";
  }

  /** The option id a series is named after ("ncp-pod (checkpoint ...)" -> "ncp-pod"). */
  private static String option(XYSeries s) {
    String key = s.getKey().toString();
    int cut = key.indexOf(' ');
    return cut < 0 ? key : key.substring(0, cut);
  }

  /**
   * The power of ten at or below {@code v}, so a log axis starts on a labelled tick (a hair
   * under it: log10(0.001) is not exactly -3 in floating point, and the tick would be dropped).
   */
  private static double decadeBelow(double v) {
    return Math.pow(10, Math.floor(Math.log10(v))) * (1 - 1e-9);
  }

  /** The power of ten at or above {@code v}. */
  private static double decadeAbove(double v) {
    return Math.pow(10, Math.ceil(Math.log10(v)));
  }

  private static JFreeChart xyChart(String title, String x, String y, XYSeriesCollection ds) {
    JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart(title, x, y, ds,
        PlotOrientation.VERTICAL, true, false, false);
    ChartKit.style(chart);
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < ds.getSeriesCount(); i++) {
      r.setSeriesPaint(i, ChartKit.PALETTE[i % ChartKit.PALETTE.length]);
      r.setSeriesStroke(i, ChartKit.LINE);
    }
    chart.getXYPlot().setRenderer(r);
    legendBottom(chart);
    return chart;
  }

  private static void legendBottom(JFreeChart chart) {
    LegendTitle l = chart.getLegend();
    l.setPosition(RectangleEdge.BOTTOM);
    l.setItemFont(Fonts.regular(11));
  }

  /** Puts a log axis over [lo, hi] on the chart's x. */
  private static XYPlot logX(JFreeChart chart, String label, int base, double lo, double hi) {
    XYPlot plot = chart.getXYPlot();
    LogAxis x = logAxis(label, 0, base);
    x.setRange(lo, hi);
    plot.setDomainAxis(x);
    return plot;
  }

  /** A log axis with a labelled tick at each power of {@code base} and minor ticks between. */
  private static LogAxis logAxis(String label, int decimals, int base) {
    LogAxis a = new LogAxis(label);
    a.setBase(base);
    a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
    a.setMinorTickCount(base == 10 ? 9 : 2);
    a.setNumberFormatOverride(ChartKit.format(decimals));
    a.setLabelFont(Fonts.bold(12));
    a.setTickLabelFont(Fonts.regular(11));
    a.setMinorTickMarksVisible(true);
    return a;
  }

}
