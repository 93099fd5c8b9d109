package io.exaplan.report.svg;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Bitmaps for the PNG outputs: one set of rendering hints, one encoder. */
public final class Png {
  private Png() {}

  /** A white RGB bitmap of {@code width x height} drawing units at {@code scale} pixels each. */
  public static BufferedImage image(double width, double height, double scale) {
    return new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
        BufferedImage.TYPE_INT_RGB);
  }

  /** Antialiased graphics with fractional text metrics, white background, scaled. */
  public static Graphics2D graphics(BufferedImage img, double scale) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
        RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.scale(scale, scale);
    return g;
  }

  public static byte[] encode(BufferedImage img) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
