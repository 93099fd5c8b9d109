package io.exaplan.report.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Paints a sheet on a bitmap with the same {@link Look}s the SVG's style sheet states. */
final class PngCanvas implements Canvas {
  private final BufferedImage image;
  private final Graphics2D g;

  PngCanvas(double width, double height, double scale) {
    image = Png.image(width, height, scale);
    g = Png.graphics(image, scale);
  }

  @Override
  public void begin(String id, String title) {}

  @Override
  public void end() {}

  @Override
  public void rect(double x, double y, double w, double h, String cls) {
    Look l = Look.of(cls);
    Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
    Color fill = Look.colour(l.fill());
    if (fill != null) {
      g.setColor(fill);
      g.fill(r);
    }
    Color stroke = Look.colour(l.stroke());
    if (stroke != null) {
      g.setColor(stroke);
      g.setStroke(new BasicStroke((float) l.strokeWidth()));
      g.draw(r);
    }
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String cls) {
    Look l = Look.of(cls);
    g.setColor(Look.colour(l.stroke()));
    g.setStroke(new BasicStroke((float) l.strokeWidth()));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void text(double x, double y, String cls, Anchor anchor, String text) {
    Look l = Look.of(cls);
    g.setFont(Fonts.of(l.bold(), l.fontSize()));
    g.setColor(Look.colour(l.fill()));
    double w = anchor == Anchor.START ? 0 : Fonts.width(text, l.bold(), l.fontSize());
    double left = anchor == Anchor.MIDDLE ? x - w / 2 : anchor == Anchor.END ? x - w : x;
    g.drawString(text, (float) left, (float) y);
  }

  byte[] png() {
    g.dispose();
    return Png.encode(image);
  }
}
