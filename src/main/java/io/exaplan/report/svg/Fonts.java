package io.exaplan.report.svg;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one typeface of every drawing and chart, bundled (DejaVu Sans, Bitstream Vera licence, see
 * fonts/LICENSE-DejaVu.txt) so that text widths, hence layouts, hence the SVG bytes, are the same
 * on every machine whatever fonts it has installed.
 */
public final class Fonts {
  /** Family name written into SVG; viewers without it fall back to their sans-serif. */
  public static final String FAMILY = "DejaVu Sans";

  private static final Font REGULAR = load("/fonts/DejaVuSans.ttf");
  private static final Font BOLD = load("/fonts/DejaVuSans-Bold.ttf");
  /** Fractional, antialiased metrics: independent of any screen. */
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private Fonts() {}

  public static Font regular(float size) {
    return REGULAR.deriveFont(Font.PLAIN, size);
  }

  public static Font bold(float size) {
    return BOLD.deriveFont(Font.PLAIN, size);
  }

  public static Font of(boolean bold, float size) {
    return bold ? bold(size) : regular(size);
  }

  /** Advance width of {@code text} in pixels at {@code size}. */
  public static double width(String text, boolean bold, float size) {
    return of(bold, size).getStringBounds(text, FRC).getWidth();
  }

  private static Font load(String resource) {
    try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled font " + resource);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("cannot load bundled font " + resource, e);
    }
  }
}
