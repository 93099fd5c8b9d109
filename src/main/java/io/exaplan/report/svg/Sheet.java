package io.exaplan.report.svg;

import io.exaplan.report.svg.Canvas.Anchor;
import java.util.List;

/**
 * What every drawing sheet shares: an id, a title block (title and lines under it), a size laid
 * out once, and the one drawing written to any {@link Canvas}, so the SVG file, the inline SVG,
 * the PNG and the deck's native shapes show the same picture. Subclasses lay out in their
 * constructor and draw in {@link #draw}, beginning with {@link #drawTitleBlock}.
 */
public abstract class Sheet {
  static final double MARGIN = 24;

  protected final String id;
  protected final String title;
  protected final List<String> lines;

  Sheet(String id, String title, List<String> lines) {
    this.id = id;
    this.title = title;
    this.lines = List.copyOf(lines);
  }

  public abstract double width();

  public abstract double height();

  /** Draws the whole sheet, in a fixed order. */
  abstract void draw(Canvas c);

  /** The style sheet of the SVG: the shared looks unless a sheet adds its own. */
  String css() {
    return Look.css();
  }

  /** A standalone SVG file. */
  public String svg() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + inlineSvg();
  }

  /** The {@code <svg>} element alone, for embedding in HTML. */
  public String inlineSvg() {
    SvgCanvas c = new SvgCanvas();
    draw(c);
    return c.svg(id, width(), height(), title, css());
  }

  /** The same drawing as a PNG, {@code scale} pixels per SVG pixel. */
  public byte[] png(double scale) {
    PngCanvas c = new PngCanvas(width(), height(), scale);
    draw(c);
    return c.png();
  }

  /** Width of the title block's widest text. */
  double titleBlockWidth() {
    double w = Fonts.width(title, true, 18);
    for (String l : lines) {
      w = Math.max(w, Fonts.width(l, false, 11));
    }
    return w;
  }

  /** The background and the title block; the baseline of its last line. */
  double drawTitleBlock(Canvas c) {
    c.rect(0, 0, width(), height(), "sheet");
    c.begin(id + "-title", null);
    c.text(MARGIN, MARGIN + 16, "title", Anchor.START, title);
    double y = MARGIN + 24;
    for (String l : lines) {
      y += 16;
      c.text(MARGIN, y, "line", Anchor.START, l);
    }
    c.end();
    return y;
  }

  /** A legend entry at {@code x}: its swatch and its label; where the next entry starts. */
  static double swatch(Canvas c, double x, double y, String cls, String label) {
    c.rect(x, y - 9, 16, 11, cls);
    c.text(x + 21, y, "legend-text", Anchor.START, label);
    return x + 21 + Fonts.width(label, false, 10) + 18;
  }
}
