package io.exaplan.report.deck;

import io.exaplan.report.chart.ChartData;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.text.XDDFTextBody;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * The deck's charts as native PowerPoint charts (DrawingML chart parts, POI XDDF), built from
 * {@link ChartData}, the same data, axes and series the PNG draws: an architect restyles them
 * in PowerPoint or LibreOffice, and no bitmap is encoded. XY panels become scatter charts with
 * straight lines (log axes where the picture has them; a marked value is a thin vertical line
 * with its label in the legend); bar panels become clustered column charts, one per panel side
 * by side, with the values on the bars. The series values are literals in the chart part, not
 * an embedded workbook: the same bytes for the same input, and no spreadsheet built per chart.
 */
final class DeckCharts {
  private static final Color GRID = new Color(0xDDDDDD);
  private static final double GAP = 12;

  private DeckCharts() {}

  /** Draws {@code data} in {@code area}: one chart per panel, panels side by side. */
  static void draw(XMLSlideShow ppt, XSLFSlide slide, ChartData data, Rectangle2D area) {
    List<ChartData.Panel> panels = data.panels();
    double w = (area.getWidth() - GAP * (panels.size() - 1)) / panels.size();
    for (int i = 0; i < panels.size(); i++) {
      XSLFChart chart = ppt.createChart();
      ChartData.Panel p = panels.get(i);
      if (p.kind() == ChartData.Kind.BARS) {
        bars(chart, p);
      } else {
        xy(chart, p);
      }
      // the graphic frame's anchor is in EMU here, not points
      slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(area.getX() + i * (w + GAP)),
          Units.toEMU(area.getY()), Units.toEMU(w), Units.toEMU(area.getHeight())));
    }
  }

  private static void xy(XSLFChart chart, ChartData.Panel p) {
    chart.setAutoTitleDeleted(true);
    XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    axis(x, p.x(), false);
    axis(y, p.y(), true);
    y.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
    x.setCrosses(AxisCrosses.MIN);
    y.setCrosses(AxisCrosses.MIN);
    XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
    data.setStyle(ScatterStyle.LINE_MARKER);
    data.setVaryColors(false);
    for (ChartData.Series s : p.series()) {
      XDDFScatterChartData.Series ser = (XDDFScatterChartData.Series) data.addSeries(
          XDDFDataSourcesFactory.fromArray(boxed(s.x())),
          XDDFDataSourcesFactory.fromArray(boxed(s.y())));
      ser.setTitle(s.name(), null);
      ser.setSmooth(false);
      if (s.markers()) {
        ser.setMarkerStyle(MarkerStyle.CIRCLE);
        var marker = ser.getCTScatterSer().getMarker();
        XDDFShapeProperties msp = new XDDFShapeProperties();
        msp.setFillProperties(fill(s.colour()));
        msp.setLineProperties(line(s.colour(), 0.75, false));
        marker.setSpPr(msp.getXmlObject());
      } else {
        ser.setMarkerStyle(MarkerStyle.NONE);
      }
      XDDFShapeProperties sp = new XDDFShapeProperties();
      sp.setFillProperties(fill(s.colour()));
      sp.setLineProperties(s.line() ? line(s.colour(), s.width(), s.dashed())
          : new XDDFLineProperties(new XDDFNoFillProperties()));
      ser.setShapeProperties(sp);
      ser.plot();
    }
    legend(chart);
  }

  private static void bars(XSLFChart chart, ChartData.Panel p) {
    chart.setTitleText(p.title());
    chart.setTitleOverlay(false);
    chart.getTitle().getOrAddTextProperties().setFontSize(12.0);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    x.setMajorTickMark(AxisTickMark.NONE);
    x.getOrAddTextProperties().setFontSize(9.0);
    axis(y, p.y(), true);
    y.setMinimum(0);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setVaryColors(false);
    data.setGapWidth(60);
    String[] cats = p.categories().toArray(new String[0]);
    for (ChartData.Series s : p.series()) {
      XDDFBarChartData.Series ser = (XDDFBarChartData.Series) data.addSeries(
          XDDFDataSourcesFactory.fromArray(cats), XDDFDataSourcesFactory.fromArray(boxed(s.y())));
      ser.setTitle(s.name(), null);
      XDDFShapeProperties sp = new XDDFShapeProperties();
      sp.setFillProperties(fill(s.colour()));
      ser.setShapeProperties(sp);
      if (p.labelDecimals() >= 0) {
        CTDLbls l = ser.getCTBarSer().addNewDLbls();
        l.addNewNumFmt().setFormatCode(format(p.labelDecimals()));
        l.getNumFmt().setSourceLinked(false);
        XDDFTextBody small = new XDDFTextBody(null);
        small.initialize().addDefaultRunProperties().setFontSize(8.0);
        l.setTxPr(small.getXmlObject());
        l.addNewDLblPos().setVal(STDLblPos.OUT_END);
        l.addNewShowLegendKey().setVal(false);
        l.addNewShowVal().setVal(true);
        l.addNewShowCatName().setVal(false);
        l.addNewShowSerName().setVal(false);
        l.addNewShowPercent().setVal(false);
        l.addNewShowBubbleSize().setVal(false);
      }
      ser.plot();
    }
    if (p.series().size() > 1) {
      legend(chart);
    } else {
      chart.deleteLegend();
    }
  }

  /** Title, range, log base, tick-label format and (for y) light grid lines. */
  private static void axis(XDDFChartAxis a, ChartData.Axis spec, boolean grid) {
    if (!spec.title().isEmpty()) {
      a.setTitle(spec.title());
    }
    a.getOrAddTextProperties().setFontSize(10.0);
    a.setMinimum(spec.min());
    a.setMaximum(spec.max());
    if (spec.log()) {
      a.setLogBase(spec.logBase());
      a.setNumberFormat("General");
    } else {
      if (a instanceof XDDFValueAxis v) {
        v.setMajorUnit(spec.step());
      }
      a.setNumberFormat(format(Math.max(0, decimalsOf(spec.step()))));
    }
    a.setMajorTickMark(AxisTickMark.OUT);
    a.setMinorTickMark(AxisTickMark.NONE);
    a.getOrAddShapeProperties().setLineProperties(line(Color.GRAY, 0.75, false));
    if (grid && a instanceof XDDFValueAxis v) {
      v.getOrAddMajorGridProperties().setLineProperties(line(GRID, 0.75, false));
    }
  }

  private static int decimalsOf(double step) {
    return (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  }

  /** An Excel number format with grouping and {@code decimals} decimals: "#,##0.00". */
  static String format(int decimals) {
    return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
  }

  private static void legend(XSLFChart chart) {
    var legend = chart.getOrAddLegend();
    legend.setPosition(LegendPosition.BOTTOM);
    legend.setOverlay(false);
  }

  private static XDDFSolidFillProperties fill(Color c) {
    return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) c.getRed(),
        (byte) c.getGreen(), (byte) c.getBlue()}));
  }

  private static XDDFLineProperties line(Color c, double width, boolean dashed) {
    XDDFLineProperties l = new XDDFLineProperties(fill(c));
    l.setWidth(width);
    if (dashed) {
      l.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
    }
    return l;
  }

  private static Double[] boxed(double[] v) {
    Double[] out = new Double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }
}
