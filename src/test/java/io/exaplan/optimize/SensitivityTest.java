package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import org.junit.jupiter.api.Test;

/** The tornado for the meeting's options, figures worked out by hand. */
class SensitivityTest {
  private static final Catalog C = Catalog.builtIn();
  private static final Scenario S = Scenario.builtIn();

  private static Tornado.Row row(Tornado t, String key) {
    return t.rows().stream().filter(r -> r.parameter().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void run_dense420EnclosurePower_movesPowerByTwentyPercentOfTheEnclosures() {
    Tornado t = Sensitivity.run(S, C, "dense-420-210", 0.2, null);
    // 210 x 1,820 W x 0.2 = 76,440 W either way; counts stay 210 + 420.
    Tornado.Row r = row(t, "dbox-power");
    assertThat(r.powerWattsDeltaHigh()).isCloseTo(76_440, within(1e-6));
    assertThat(r.powerWattsDeltaLow()).isCloseTo(-76_440, within(1e-6));
    assertThat(r.high().design()).isEqualTo("210 x dense-5400 + 420 C-nodes");
    // 651.7 kW / 12 kW -> 55 racks by power, met by the layout engine.
    assertThat(t.base().racks()).isEqualTo(55);
  }

  @Test
  void run_dense420Reserve_changesTheEnclosureCount() {
    Tornado t = Sensitivity.run(S, C, "dense-420-210", 0.2, null);
    // Reserve 0.0888 x 0.8 = 0.07104: usable/raw 146/150 - 0.07104 = 0.90229;
    // 1 EB / (5,406.72 TB x 0.90229) = 204.98 -> 205 enclosures, 410 C-nodes.
    // Reserve x 1.2 = 0.10656: 0.86677 -> 213.4 -> 214 enclosures, 428 C-nodes.
    Tornado.Row r = row(t, "reserve");
    assertThat(r.low().design()).isEqualTo("205 x dense-5400 + 410 C-nodes");
    assertThat(r.high().design()).isEqualTo("214 x dense-5400 + 428 C-nodes");
  }

  @Test
  void run_rowsAreSortedByRacksThenPower() {
    Tornado t = Sensitivity.run(S, C, "ncp-1eb", 0.2, null);
    int prev = Integer.MAX_VALUE;
    for (Tornado.Row r : t.rows()) {
      int impact = Math.max(Math.abs(r.racksDeltaLow()), Math.abs(r.racksDeltaHigh()));
      assertThat(impact).isLessThanOrEqualTo(prev);
      prev = impact;
    }
    // The rack power limit moves a power-bound option most: 1.94 MW over 9.6 kW vs 14.4 kW racks.
    assertThat(t.rows().get(0).parameter()).isEqualTo("rack-power-limit");
  }

  @Test
  void run_optimumWithWriteTarget_variesTheCheckpointParameters() {
    Optimize.Request q = new Optimize.Request(SearchSpace.of(S, C),
        Targets.usable(1e18).withThroughput(0, 1.365e12), Goal.of(Objective.RACKS), null, null,
        null);
    Tornado t = Sensitivity.run(S, C, "optimum", 0.2, q);
    // Interval x 0.8: write target 1.365 / 0.8 = 1.70625 TB/s -> 525 C-nodes (1.70625 / 3.25 GB/s).
    Tornado.Row cadence = row(t, "cadence");
    assertThat(cadence.low().writeBytesPerSec()).isGreaterThanOrEqualTo(1.70625e12);
    assertThat(cadence.low().design()).startsWith("210 x dense-5400 + 525 C-nodes");
    // Bytes per parameter x 1.2: 1.638 TB/s -> 504 C-nodes.
    assertThat(row(t, "bytes-per-parameter").high().design())
        .startsWith("210 x dense-5400 + 504 C-nodes");
  }

  @Test
  void run_optionWithoutWriteTarget_saysWhyCheckpointParametersAreLeftOut() {
    Tornado t = Sensitivity.run(S, C, "dense-105-210", 0.2, null);
    assertThat(t.rows()).noneMatch(r -> r.parameter().equals("cadence"));
    assertThat(t.notes()).containsExactly(
        "bytes-per-parameter: moves only a write target, and dense-105-210 has none.",
        "cadence: moves only a write target, and dense-105-210 has none.");
  }

  @Test
  void run_badSwingOrOption_namesTheFlag() {
    assertThatThrownBy(() -> Sensitivity.run(S, C, "dense-420-210", 1.5, null))
        .isInstanceOf(InputException.class)
        .hasMessage("--swing: must be greater than 0 and less than 1, got 1.5");
    assertThatThrownBy(() -> Sensitivity.run(S, C, "dense", 0.2, null))
        .isInstanceOf(InputException.class)
        .hasMessage("--option: unknown option 'dense'; expected one of: ncp-pod, ncp-1eb, "
            + "dense-420-210, dense-105-210, cloud-hdd, optimum");
  }
}
