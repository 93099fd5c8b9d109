package io.exaplan.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.Golden;
import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.Cadence;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.DesignFailures;
import io.exaplan.design.Comparison;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.Bound;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
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
  void checkpointCadence_builtIn_plotsTheCheckpointPackagesRates() {
    Comparison cmp = Registry.compare(S, C);
    Charts.Named n = Charts.checkpointCadence(cmp.checkpoint(), Cadence.table(
        cmp.checkpoint().checkpoint().checkpointBytes(), 0.05, List.of(30.0, 60.0, 3600.0)),
        cmp.options());
    XYSeriesCollection ds = (XYSeriesCollection) n.chart().getXYPlot().getDataset();
    // Llama 3.1 405B: 405,853,388,800 x 14 B = 5,681,947,443,200 B. At 60 s, synchronous with a
    // 5% stall: 5.682e12 / (0.05 x 60 s) = 1.894 TB/s (compare's "Required write" at 60 s);
    // asynchronous: 5.682e12 / 60 s = 0.0947 TB/s.
    assertThat(ds.getSeries(0).getY(1).doubleValue()).isCloseTo(1.893982, within(1e-6));
    assertThat(ds.getSeries(1).getY(1).doubleValue()).isCloseTo(0.0946991, within(1e-7));
    // The x-axis spans the rows given; ncp-pod's line is its write rate, 450 x 3.25 GB/s.
    assertThat(ds.getSeries(2).getKey()).isEqualTo("ncp-pod writes 1.463 TB/s");
    assertThat(ds.getSeries(2).getMinX()).isEqualTo(30.0);
    assertThat(ds.getSeries(2).getMaxX()).isEqualTo(3600.0);
    assertThat(ds.getSeries(2).getY(0).doubleValue()).isCloseTo(1.4625, within(1e-12));
    assertThat(n.caption()).contains("405,853,388,800 parameters x 14 B",
        "5.682 TB / (0.05 x interval)", "synchronously (the thicker curve)");
  }

  @Test
  void efficiency_builtIn_dalysCompleteModelOnEachOptionsWriteTime() {
    Comparison cmp = Registry.compare(S, C);
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    List<DesignFailures> f = DesignFailures.of(cmp.checkpoint(),
        k.model("m", "llama-3.1-405b"), 41_472, k);
    Charts.Named n = Charts.efficiency(f, 41_472, cmp.gpuSide().restartWords());
    // R differs by option (10 min overhead + its own restore): the caption says so, not one
    // option's 10.01 min as everyone's
    assertThat(n.caption()).contains("restart R = 10 min overhead + the option's restore;");
    XYSeriesCollection ds = (XYSeriesCollection) n.chart().getXYPlot().getDataset();
    // ncp-pod at 41,472 GPUs: M = 54 d x 86,400 s x 16,384 / 419 / 41,472 = 4,399.05 s;
    // delta = 5.682e12 B / 1.4625e12 B/s = 3.885 s; Daly tau = sqrt(2 delta M) (1 + sqrt(x)/3
    // + x/9) - delta with x = delta/2M: 184.88 x 1.01497 - 3.885 = 182.30 s; R = 600 s:
    // efficiency = 182.30 / (4,399.05 e^(600/4,399.05) (e^(186.19/4,399.05) - 1)) = 0.83634.
    XYSeries pod = ds.getSeries(0);
    assertThat(pod.getKey()).isEqualTo("ncp-pod (checkpoint written in 3.885 s)");
    int at = pod.indexOf(41_472L);
    assertThat(pod.getY(at).doubleValue()).isCloseTo(83.634216, within(1e-5));
    // dense-105-210 serves 4 jobs (issue 14): each writes at 0.34125 / 4 = 85.31 GB/s, delta =
    // 5.682e12 / 85.31e9 = 66.6 s (was 16.65 s alone). At 131,072 GPUs: M = 1,391.89 s,
    // x = delta/2M = 0.02393, tau = sqrt(2 x 66.6 x 1,391.89) x (1 + sqrt(x)/3 + x/9) - delta
    // = 430.58 x 1.05422 - 66.6 = 387.3 s; efficiency 0.46896 (was 0.55442).
    XYSeries slow = ds.getSeries(3);
    assertThat(slow.getY(slow.indexOf(131_072L)).doubleValue()).isCloseTo(46.896335,
        within(1e-5));
    // Efficiency falls as the job grows, for every option.
    for (int i = 0; i < ds.getSeriesCount(); i++) {
      XYSeries e = ds.getSeries(i);
      for (int j = 1; j < e.getItemCount(); j++) {
        assertThat(e.getY(j).doubleValue()).isLessThan(e.getY(j - 1).doubleValue());
      }
    }
  }

  @Test
  void cdSweepSvg_builtIn_matchesGoldenAndHasNoRandomIds() throws Exception {
    Comparison cmp = Registry.compare(S, C);
    Charts.Named n = Charts.cdSweep(CdSweep.of(S, C, C.dbox("dense-5400")),
        C.dbox("dense-5400").name(), cmp.options(), S);
    String svg = ChartKit.svgDocument(n.chart(), n.id(), ChartKit.WIDTH, ChartKit.HEIGHT);
    Golden.assertMatches("cd-sweep.svg", svg);
    assertThat(svg).contains("id='cd-sweep-clip-0'").contains("read knee 1.805:1, media-bound")
        .contains("dense-420-210 (9.45 TB/s read)").contains("font-family: \"DejaVu Sans\"");
  }

  @Test
  void charts_builtIn_everyOptionDrawnAndPngDecodes() throws Exception {
    Comparison cmp = Registry.compare(S, C);
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    for (Charts.Named n : new Charts.Named[] {Charts.optionBars(cmp.options()),
        Charts.checkpointCadence(cmp.checkpoint(), Cadence.table(1e12, 0.05, List.of(60.0, 900.0)),
            cmp.options()),
        Charts.efficiency(DesignFailures.of(cmp.checkpoint(), k.model("m", "llama-3.1-405b"),
            41_472, k), 41_472, cmp.gpuSide().restartWords())}) {
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

  @Test
  void cdSweep_at100Exabytes_staysWithinTheEnginesCounts() {
    // 100 EB of dense-5400: tens of thousands of enclosures, so 64 C-nodes per enclosure would be
    // millions; the sweep and its knee search stop at the engine's 1,000,000 C-nodes
    CdSweep sw = CdSweep.of(S.vary("targetUsable", "100 EB", "test", C), C, C.dbox("dense-5400"));
    org.assertj.core.api.Assertions.assertThat(sw.dboxes()).isGreaterThan(15_625);
    org.assertj.core.api.Assertions.assertThat(sw.points()).isNotEmpty().allSatisfy(p ->
        org.assertj.core.api.Assertions.assertThat(p.cnodes()).isBetween(1,
            io.exaplan.sizing.Design.MAX_COUNT));
  }
}
