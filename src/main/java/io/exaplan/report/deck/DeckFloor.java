package io.exaplan.report.deck;

import io.exaplan.report.svg.Canvas;
import io.exaplan.report.svg.Fonts;
import io.exaplan.report.svg.FloorSheet;
import io.exaplan.report.svg.Look;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The floor plan as native slide shapes: the very drawing of the SVG and PNG ({@link FloorSheet}
 * on a {@link Canvas}), each rectangle an editable shape with the style sheet's colours, each
 * label a text box, scaled to the slide. The legend and the grid are one group each, so an
 * architect moves or restyles them as a whole.
 */
final class DeckFloor {
  private DeckFloor() {}

  /** Height of the two legend lines, in drawing pixels (FloorSheet draws them 18 px apart). */
  private static final double LEGEND_H = 36;

  /**
   * Draws {@code sheet}'s legend across the top of {@code area} and its grid below, fitted;
   * returns the grid's right edge.
   */
  static double draw(XSLFSlide slide, FloorSheet sheet, Rectangle2D area) {
    double gw = FloorSheet.gridWidth(sheet.plan().hall());
    double gh = FloorSheet.gridHeight(sheet.plan().hall());
    double legendScale = 0.85;
    XSLFGroupShape legend = group(slide, new Rectangle2D.Double(area.getX(), area.getY(),
        area.getWidth(), LEGEND_H * legendScale));
    sheet.drawLegend(new ShapeCanvas(legend, area.getX(), area.getY() + 10 * legendScale,
        legendScale), 0, 0);
    double top = area.getY() + LEGEND_H * legendScale + 6;
    double k = Math.min(area.getWidth() / gw, (area.getMaxY() - top) / gh);
    XSLFGroupShape grid = group(slide, new Rectangle2D.Double(area.getX(), top, gw * k, gh * k));
    sheet.drawGrid(new ShapeCanvas(grid, area.getX(), top, k), 0, 0);
    return area.getX() + gw * k;
  }

  private static XSLFGroupShape group(XSLFSlide slide, Rectangle2D r) {
    XSLFGroupShape g = slide.createGroup();
    g.setAnchor(r);
    g.setInteriorAnchor(r);
    return g;
  }

  /** A canvas whose marks are shapes in a group: origin ({@code ox}, {@code oy}), scale k. */
  private static final class ShapeCanvas implements Canvas {
    private final XSLFGroupShape g;
    private final double ox;
    private final double oy;
    private final double k;

    ShapeCanvas(XSLFGroupShape g, double ox, double oy, double k) {
      this.g = g;
      this.ox = ox;
      this.oy = oy;
      this.k = k;
    }

    @Override
    public void begin(String id, String title) {}

    @Override
    public void end() {}

    @Override
    public void rect(double x, double y, double w, double h, String cls) {
      Look l = Look.of(cls);
      XSLFAutoShape s = g.createAutoShape();
      s.setShapeType(ShapeType.RECT);
      s.setAnchor(new Rectangle2D.Double(ox + x * k, oy + y * k, w * k, h * k));
      Color fill = Look.colour(l.fill());
      s.setFillColor(fill);
      Color stroke = Look.colour(l.stroke());
      if (stroke == null) {
        s.setLineColor(null);
      } else {
        s.setLineColor(stroke);
        s.setLineWidth(Math.max(0.25, l.strokeWidth() * k));
      }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String cls) {
      Look l = Look.of(cls);
      XSLFConnectorShape c = g.createConnector();
      double left = Math.min(x1, x2);
      double top = Math.min(y1, y2);
      c.setAnchor(new Rectangle2D.Double(ox + left * k, oy + top * k, Math.abs(x2 - x1) * k,
          Math.abs(y2 - y1) * k));
      // a line from lower left to upper right is the anchor's diagonal flipped vertically
      c.setFlipVertical((x2 - x1) * (y2 - y1) < 0);
      c.setLineColor(Look.colour(l.stroke()));
      c.setLineWidth(Math.max(0.25, l.strokeWidth() * k));
    }

    @Override
    public void text(double x, double y, String cls, Anchor anchor, String text) {
      Look l = Look.of(cls);
      double size = l.fontSize() * k;
      double w = Fonts.width(text, l.bold(), l.fontSize()) * k + 4;
      double left = switch (anchor) {
        case START -> x * k;
        case MIDDLE -> x * k - w / 2;
        case END -> x * k - w;
      };
      XSLFTextBox t = g.createTextBox();
      // the baseline sits about 0.8 of the font size below the box's top
      t.setAnchor(new Rectangle2D.Double(ox + left, oy + y * k - size * 0.95, w, size * 1.3));
      t.setInsets(new Insets2D(0, 0, 0, 0));
      t.setWordWrap(false);
      // setText fills the box's one paragraph (a second, added one would sit below an empty
      // first line)
      XSLFTextRun r = t.setText(text);
      r.getParagraph().setTextAlign(switch (anchor) {
        case START -> TextAlign.LEFT;
        case MIDDLE -> TextAlign.CENTER;
        case END -> TextAlign.RIGHT;
      });
      r.setFontFamily(Deck.FONT);
      r.setFontSize(Math.max(1, Math.round(size * 2) / 2.0));
      r.setBold(l.bold());
      r.setFontColor(Look.colour(l.fill()));
    }
  }
}
