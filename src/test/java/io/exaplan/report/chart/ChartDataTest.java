package io.exaplan.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.Cadence;
import io.exaplan.design.Comparison;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ChartKit#data}: what the deck's native charts are built from, read off the charts. */
class ChartDataTest {
  private static final Comparison CMP = Registry.compare(Scenario.builtIn(), Catalog.builtIn());

  @Test
  void optionBars_onePanelPerSubplot_valuesAndSeriesInOrder() {
    ChartData d = ChartKit.data(Charts.optionBars(CMP.options()).chart());
    assertThat(d.panels()).extracting(ChartData.Panel::title).containsExactly("Racks",
        "Power, typical (MW)", "Read and write (TB/s)");
    ChartData.Panel racks = d.panels().get(0);
    assertThat(racks.kind()).isEqualTo(ChartData.Kind.BARS);
    assertThat(racks.categories()).containsExactly("ncp-pod", "ncp-1eb", "dense-420-210",
        "dense-105-210", "cloud-hdd");
    // the layout engine's racks, as the side-by-side table has them
    assertThat(racks.series().get(0).y()).containsExactly(35, 162, 55, 40, 220);
    assertThat(racks.labelDecimals()).isZero();
    // racks up to 220 over 0: a step of 50 (220 / 6 = 36.7 -> 50), the axis 0..250
    assertThat(racks.y().step()).isEqualTo(50);
    assertThat(racks.y().max()).isGreaterThanOrEqualTo(220);
    assertThat(d.panels().get(2).series()).extracting(ChartData.Series::name)
        .containsExactly("Read (TB/s)", "Write (TB/s)");
    assertThat(d.panels().get(1).labelDecimals()).isEqualTo(2);
  }

  @Test
  void checkpointCadence_logAxes_markersAsVerticalLines() {
    Charts.Named n = Charts.checkpointCadence(CMP.checkpoint(), Cadence.table(
        CMP.checkpoint().checkpoint().checkpointBytes(), 0.05, List.of(30.0, 60.0, 3600.0)),
        CMP.options());
    ChartData.Panel p = ChartKit.data(n.chart()).panels().get(0);
    assertThat(p.x().log()).isTrue();
    assertThat(p.y().log()).isTrue();
    assertThat(p.x().title()).isEqualTo("Checkpoint interval (s, log scale)");
    // 5,681,947,443,200 B / (0.05 x 30 s) = 3.788 TB/s; / 30 s = 0.1894 TB/s
    assertThat(p.series().get(0).x()[0]).isEqualTo(30);
    assertThat(p.series().get(0).y()[0]).isCloseTo(3.788, within(0.001));
    assertThat(p.series().get(1).y()[0]).isCloseTo(0.1894, within(0.0001));
    // 2 needed curves, 5 options' write lines, then the scenario's cadence markers
    assertThat(p.series().subList(2, 7)).allSatisfy(s -> assertThat(s.dashed()).isTrue());
    ChartData.Series marker = p.series().get(7);
    assertThat(marker.x()[0]).isEqualTo(marker.x()[1]);
    assertThat(marker.y()).containsExactly(p.y().min(), p.y().max());
    // the y range runs from a power of ten to a power of ten, not a hair under one
    assertThat(Math.log10(p.y().min())).isCloseTo(Math.rint(Math.log10(p.y().min())),
        within(1e-12));
  }

  @Test
  void step_roundSteps() {
    // 0..9.9: 1.65 -> 2; 0..100: 16.7 -> 20; 0..3.2: 0.53 -> 0.5
    assertThat(ChartKit.step(9.9)).isEqualTo(2);
    assertThat(ChartKit.step(100)).isEqualTo(20);
    assertThat(ChartKit.step(3.2)).isEqualTo(0.5);
  }

  @Test
  void panelTitle_sharedUnitOnce() {
    assertThat(ChartKit.panelTitle(List.of("Read (TB/s)", "Write (TB/s)")))
        .isEqualTo("Read and write (TB/s)");
    assertThat(ChartKit.panelTitle(List.of("Racks"))).isEqualTo("Racks");
    assertThat(ChartKit.panelTitle(List.of("A (MW)", "B (TB/s)"))).isEqualTo("A (MW), B (TB/s)");
  }
}
