package io.exaplan.report.svg;

/** Writes a sheet as SVG: classes from {@link Look}, groups with {@code <title>} tooltips. */
final class SvgCanvas implements Canvas {
  private final StringBuilder body = new StringBuilder();
  private int depth = 1;

  @Override
  public void begin(String id, String title) {
    indent().append("<g id=\"").append(Svg.esc(id)).append("\">");
    if (title != null) {
      body.append("<title>").append(Svg.esc(title)).append("</title>");
    }
    body.append('\n');
    depth++;
  }

  @Override
  public void end() {
    depth--;
    indent().append("</g>\n");
  }

  @Override
  public void rect(double x, double y, double w, double h, String cls) {
    indent().append("<rect class=\"").append(Look.PREFIX).append(cls).append("\" x=\"")
        .append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append("\" width=\"")
        .append(Svg.num(w)).append("\" height=\"").append(Svg.num(h)).append("\"/>\n");
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String cls) {
    indent().append("<line class=\"").append(Look.PREFIX).append(cls).append("\" x1=\"")
        .append(Svg.num(x1)).append("\" y1=\"").append(Svg.num(y1)).append("\" x2=\"")
        .append(Svg.num(x2)).append("\" y2=\"").append(Svg.num(y2)).append("\"/>\n");
  }

  @Override
  public void text(double x, double y, String cls, Anchor anchor, String text) {
    indent().append("<text class=\"").append(Look.PREFIX).append(cls).append("\" x=\"")
        .append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append('"');
    if (anchor != Anchor.START) {
      body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end")
          .append('"');
    }
    body.append('>').append(Svg.esc(text)).append("</text>\n");
  }

  private StringBuilder indent() {
    return body.append("  ".repeat(depth));
  }

  /** The {@code <svg>} element: size, title, style sheet, then everything drawn. */
  String svg(String id, double width, double height, String title) {
    return svg(id, width, height, title, Look.css());
  }

  /** The same with the style sheet {@code css}. */
  String svg(String id, double width, double height, String title, String css) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + Svg.esc(id) + "\" width=\""
        + Svg.num(width) + "\" height=\"" + Svg.num(height) + "\" viewBox=\"0 0 "
        + Svg.num(width) + " " + Svg.num(height) + "\" role=\"img\">\n"
        + "  <title>" + Svg.esc(title) + "</title>\n"
        + "  <style>\n" + css + "  </style>\n"
        + body + "</svg>\n";
  }
}
