package io.exaplan.report.svg;

/**
 * What a sheet is drawn on. The drawing code calls these in a fixed order; {@link SvgCanvas}
 * writes SVG elements with CSS classes, {@link PngCanvas} paints the same classes' {@link Look}
 * on a bitmap (the deck draws the floor plan as native shapes on one too). Coordinates are
 * pixels, y down; text y is the baseline.
 */
public interface Canvas {
  enum Anchor { START, MIDDLE, END }

  /** Opens a group; {@code title} (may be null) is the tooltip of everything in it. */
  void begin(String id, String title);

  void end();

  void rect(double x, double y, double w, double h, String cls);

  void line(double x1, double y1, double x2, double y2, String cls);

  void text(double x, double y, String cls, Anchor anchor, String text);
}
