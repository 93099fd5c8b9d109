package io.exaplan.report.svg;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Bitmaps for the PNG outputs: one set of rendering hints, one encoder. */
public final class Png {
  private Png() {}

  /**
   * Deflate level of the pixel data. zlib's levels 1 to 3 match greedily, 4 and up lazily; 3 is
   * the cheapest that stays near ImageIO's size (whole folder: 8.0 MB instead of 6.4 MB) at
   * less than half its CPU (lazy matching over 150 million pixels cost 2.5 s more).
   */
  static final int LEVEL = 3;

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

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

  /**
   * The image ({@link #image}: TYPE_INT_RGB) as an 8-bit RGB PNG: the same pixels ImageIO's
   * writer stores, written straight from the image's int array. ImageIO reads every pixel
   * through the raster's sample model and tries all five row filters, which made encoding most
   * of {@code report --format png} (a full rack sheet of ncp-1eb is 68 million pixels). Every
   * row here has filter None: the drawings are long runs of one colour and rows repeating the
   * row above, which Deflate matches as they are (None gave smaller files than Sub or than
   * libpng's per-row choice among None, Sub and Up, measured on the report's sheets).
   */
  public static byte[] encode(BufferedImage img) {
    if (img.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("PNG encoding expects TYPE_INT_RGB, got "
          + img.getType());
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    byte[] line = new byte[1 + 3 * w]; // line[0] = 0: filter None
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    out.writeBytes(SIGNATURE);
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h);
    // 8 bits per sample, colour type 2 (RGB), deflate, adaptive filtering, no interlace
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array(), 13);
    Deflater z = new Deflater(LEVEL);
    byte[] buf = new byte[1 << 16];
    ByteArrayOutputStream idat = new ByteArrayOutputStream(1 << 16);
    try {
      for (int y = 0; y < h; y++) {
        int row = y * w;
        // a row repeating the one above (most rows of a drawing) is already in line
        if (y == 0 || !Arrays.equals(px, row, row + w, px, row - w, row)) {
          for (int x = row, end = x + w, i = 1; x < end; x++, i += 3) {
            int p = px[x];
            line[i] = (byte) (p >>> 16);
            line[i + 1] = (byte) (p >>> 8);
            line[i + 2] = (byte) p;
          }
        }
        z.setInput(line);
        while (!z.needsInput()) {
          idat.write(buf, 0, z.deflate(buf));
        }
        if (idat.size() >= 1 << 20) { // IDAT chunks of about 1 MB
          chunk(out, "IDAT", idat.toByteArray(), idat.size());
          idat.reset();
        }
      }
      z.finish();
      while (!z.finished()) {
        idat.write(buf, 0, z.deflate(buf));
      }
    } finally {
      z.end();
    }
    chunk(out, "IDAT", idat.toByteArray(), idat.size());
    chunk(out, "IEND", new byte[0], 0);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
    out.writeBytes(t);
    out.write(data, 0, length);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data, 0, length);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
