package io.exaplan.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Comparison;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.Golden;
import io.exaplan.sizing.Bound;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final Catalog C = Catalog.builtIn();
  private static final Scenario S = Scenario.builtIn();

  @Test
  void cdSweep_dense5400_kneesWhereMediaSaturates() {
    CdSweep sw = CdSweep.of(S, C, C.dbox("dense-5400"));
    assertThat(sw.dboxes()).isEqualTo(210);
    // Read: front-end n x 25 GB/s vs media 210 x 45 = 9,450 GB/s (network 10,500): equal at
    // n = 378, where ties name the front end, so media binds from 379 C-nodes.
    assertThat(sw.read().cnodes()).isEqualTo(379);
    assertThat(sw.read().bound()).isEqualTo(Bound.MEDIA);
    assertThat(sw.read().bytesPerSec()).isCloseTo(9.45e12, within(1e3));
    // Write: media 210 x 30 GB/s x 146/150 = 6,132 GB/s; n x 3.25 > 6,132 from n = 1,887.
    assertThat(sw.write().cnodes()).isEqualTo(1887);
    assertThat(sw.write().bytesPerSec()).isCloseTo(6.132e12, within(1e3));
    // Throughput never falls as C-nodes are added, and is flat past the read knee.
    double prev = 0;
    for (CdSweep.Point p : sw.points()) {
      assertThat(p.readBytesPerSec()).isGreaterThanOrEqualTo(prev);
      prev = p.readBytesPerSec();
      if (p.cnodes() >= 379) {
        assertThat(p.readBytesPerSec()).isCloseTo(9.45e12, within(1e3));
      }
    }
    assertThat(sw.points()).extracting(CdSweep.Point::cnodes).contains(379, 1887);
  }

  @Test
  void checkpointBasis_builtIn_formulas() {
    CheckpointBasis b = CheckpointBasis.builtIn();
    // 405e9 parameters x 14 bytes = 5.67 TB.
    assertThat(b.checkpointBytes()).isCloseTo(5.67e12, within(1.0));
    // 160,000 / 16,384 x 5.67 TB / 60 s = 922.85 GB/s.
    assertThat(b.requiredWriteBytesPerSec(160_000, 60)).isCloseTo(922.852e9, within(1e6));
    // 54 d x 86,400 s x 16,384 GPUs / 419 / 16,384 GPUs = 11,135.1 s.
    assertThat(b.mtbfSeconds(16_384)).isCloseTo(11_135.08, within(0.01));
    // Young: tau = sqrt(2 x 10 x 11,135.08) = 471.9 s; efficiency 1 - sqrt(20 / 11,135.08).
    assertThat(CheckpointBasis.youngIntervalSeconds(10, 11_135.08)).isCloseTo(471.91,
        within(0.01));
    assertThat(CheckpointBasis.efficiency(10, 11_135.08)).isCloseTo(0.957620, within(1e-6));
    assertThat(CheckpointBasis.efficiency(1e9, 1)).isZero();
    assertThat(b.cadencesSeconds()).containsExactly(60.0, 300.0, 900.0);
    assertThat(b.inputs()).anyMatch(l -> l.startsWith("parameters = 405,000,000,000 (Dubey"));
  }

  @Test
  void cdSweepSvg_builtIn_matchesGoldenAndHasNoRandomIds() throws Exception {
    Comparison cmp = Registry.compare(S, C);
    Charts.Named n = Charts.cdSweep(CdSweep.of(S, C, C.dbox("dense-5400")),
        C.dbox("dense-5400").name(), cmp.options(), S);
    String svg = ChartKit.svgDocument(n.chart(), n.id(), ChartKit.WIDTH, ChartKit.HEIGHT);
    Golden.check("cd-sweep.svg", svg);
    assertThat(svg).contains("id='cd-sweep-clip-0'").contains("read knee 1.805:1, media-bound")
        .contains("dense-420-210 (9.45 TB/s read)").contains("font-family: \"DejaVu Sans\"");
  }

  @Test
  void charts_builtIn_everyOptionDrawnAndPngDecodes() throws Exception {
    Comparison cmp = Registry.compare(S, C);
    CheckpointBasis b = CheckpointBasis.builtIn();
    for (Charts.Named n : new Charts.Named[] {Charts.optionBars(cmp.options()),
        Charts.checkpointCadence(b, S, cmp.options()), Charts.efficiency(b, S, cmp.options())}) {
      String svg = ChartKit.svgElement(n.chart(), n.id(), ChartKit.WIDTH, ChartKit.HEIGHT);
      for (var o : cmp.options()) {
        assertThat(svg).as("%s shows %s", n.id(), o.id()).contains(o.id());
      }
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartKit.png(n.chart(),
          ChartKit.WIDTH, ChartKit.HEIGHT, 1)));
      assertThat(img.getWidth()).isEqualTo(ChartKit.WIDTH);
    }
  }

  @Test
  void format_roundsLikeTheTables() {
    assertThat(ChartKit.format(2).format(1.365)).isEqualTo("1.37");
    assertThat(ChartKit.format(2).format(3.125)).isEqualTo("3.13");
    assertThat(ChartKit.format(1).format(2.0)).isEqualTo("2");
    assertThat(ChartKit.format(0).format(160000)).isEqualTo("160,000");
  }
}
