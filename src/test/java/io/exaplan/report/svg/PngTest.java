package io.exaplan.report.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder stores exactly the image's pixels, as a standard decoder reads them. */
class PngTest {
  /**
   * A drawing like the sheets (flat fills, antialiased text and curves) plus seeded noise (none
   * for seed 0).
   */
  static BufferedImage sample(int w, int h, long seed) {
    BufferedImage img = Png.image(w / 2.0, h / 2.0, 2);
    Graphics2D g = Png.graphics(img, 2);
    g.setColor(new java.awt.Color(0x3b6ea8));
    g.fill(new java.awt.geom.Rectangle2D.Double(3.3, 4.1, w / 4.0, h / 5.0));
    g.setColor(java.awt.Color.DARK_GRAY);
    g.setFont(Fonts.of(false, 11));
    g.drawString("1,004.3 PB usable", 8f, h / 3f);
    g.setColor(new java.awt.Color(0xd55e00));
    g.fill(new Ellipse2D.Double(w / 5.0, h / 5.0, w / 7.0, h / 9.0));
    g.dispose();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; seed != 0 && i < w * h / 50; i++) {
      img.setRGB(r.nextInt(w), r.nextInt(h), r.nextInt(1 << 24));
    }
    return img;
  }

  @Test
  void decodesToTheSamePixels_everyFilterInUse() throws Exception {
    for (int[] size : new int[][] {{1, 1}, {2, 3}, {97, 41}, {640, 200}}) {
      BufferedImage img = sample(size[0], size[1], size[0] * 31L + size[1]);
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(img)));
      assertThat(back.getWidth()).isEqualTo(size[0]);
      assertThat(back.getHeight()).isEqualTo(size[1]);
      for (int y = 0; y < size[1]; y++) {
        for (int x = 0; x < size[0]; x++) {
          // the 8 high bits of TYPE_INT_RGB are not colour; PNG has no alpha here
          assertThat(back.getRGB(x, y) & 0xffffff).as("pixel %d,%d of %dx%d", x, y, size[0],
              size[1]).isEqualTo(img.getRGB(x, y) & 0xffffff);
        }
      }
    }
  }

  @Test
  void chunks_signatureHeaderDataEnd_withValidCrcs() {
    byte[] png = Png.encode(sample(300, 120, 7));
    ByteBuffer b = ByteBuffer.wrap(png);
    byte[] sig = new byte[8];
    b.get(sig);
    assertThat(sig).containsExactly(0x89, 'P', 'N', 'G', 13, 10, 26, 10);
    List<String> types = new ArrayList<>();
    while (b.hasRemaining()) {
      int n = b.getInt();
      byte[] typeAndData = new byte[4 + n];
      b.get(typeAndData);
      CRC32 crc = new CRC32();
      crc.update(typeAndData);
      assertThat(b.getInt()).isEqualTo((int) crc.getValue());
      String type = new String(typeAndData, 0, 4, java.nio.charset.StandardCharsets.US_ASCII);
      types.add(type);
      if (type.equals("IHDR")) {
        ByteBuffer h = ByteBuffer.wrap(typeAndData, 4, 13);
        // 300 x 120, 8 bits per sample, colour type 2 (RGB), deflate, adaptive, no interlace
        assertThat(new int[] {h.getInt(), h.getInt(), h.get(), h.get(), h.get(), h.get(),
            h.get()}).containsExactly(300, 120, 8, 2, 0, 0, 0);
      }
    }
    assertThat(types.get(0)).isEqualTo("IHDR");
    assertThat(types.subList(1, types.size() - 1)).containsOnly("IDAT");
    assertThat(types.get(types.size() - 1)).isEqualTo("IEND");
  }

  @Test
  void sameImage_sameBytes() {
    assertThat(Png.encode(sample(200, 90, 3))).isEqualTo(Png.encode(sample(200, 90, 3)));
  }

  @Test
  void flatDrawing_compressed() {
    // 800 x 400 RGB is 960,000 bytes raw; a drawing of flat fills must shrink far below that
    // (about 12 kB here; the report's sheets came out 25 % larger than ImageIO's files)
    assertThat(Png.encode(sample(800, 400, 0)).length).isLessThan(960_000 / 50);
  }

  @Test
  void otherImageTypes_refused() {
    assertThatThrownBy(() -> Png.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TYPE_INT_RGB");
  }
}
