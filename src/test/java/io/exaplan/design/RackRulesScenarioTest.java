package io.exaplan.design;

import static io.exaplan.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.layout.RackRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The physical scenario keys: feed, airCoolingLimit, floorLoading, surviveRackLoss. */
class RackRulesScenarioTest {
  @TempDir Path dir;

  @Test
  void builtIn_defaults_asDocumented() {
    RackRules r = Scenario.builtIn().rackRules();
    assertThat(r.feed()).isEqualTo(new RackRules.Feed(208, 60, RackRules.Phase.THREE, 0.8));
    assertThat(r.airCoolingLimitWatts()).isEqualTo(20_000);
    // 12 kPa = 12,000 Pa; / 9.80665 = 1,223.66 kg/m2
    assertThat(r.floorLoadingPascals()).isEqualTo(12_000);
    assertThat(r.floorLoadingKgPerSquareMetre()).isCloseTo(1_223.66, offset(0.01));
    assertThat(r.surviveRackLoss()).isFalse();
  }

  @Test
  void userFile_oneFeedKey_keepsTheOthers() {
    Path f = write(dir, "s.yaml", "feed: {amps: 30}\nfloorLoading: 7.2 kPa\nsurviveRackLoss: true\n");
    RackRules r = Scenario.load(f, Catalog.builtIn()).rackRules();
    // 208 x 30 x 0.8 x 1.732 = 8,646.1 -> 8,646 W
    assertThat(r.feed().ratingWatts()).isEqualTo(8_646);
    assertThat(r.floorLoadingPascals()).isEqualTo(7_200);
    assertThat(r.surviveRackLoss()).isTrue();
  }

  @Test
  void userFile_badFeed_everyProblemNamed() {
    Path f = write(dir, "s.yaml", "feed: {phase: two-phase, maxUtilization: 85.5%, volts: 0}\n"
        + "airCoolingLimit: 0 kW\nfloorLoading: 12 kg\nsurviveRackLoss: maybe\n");
    assertThatThrownBy(() -> Scenario.load(f, Catalog.builtIn()))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
            .anyMatch(p -> p.contains("feed.phase: 'two-phase' is not single-phase or three-phase"))
            .anyMatch(p -> p.contains("feed.maxUtilization: must be a whole percentage from 1% to "
                + "100% (NetBox's max_utilization), got 85.5%"))
            .anyMatch(p -> p.contains("feed.volts:"))
            .anyMatch(p -> p.contains("airCoolingLimit: must be greater than zero"))
            .anyMatch(p -> p.contains("floorLoading: '12 kg': unknown unit 'kg'"))
            .anyMatch(p -> p.contains("surviveRackLoss: 'maybe' is not true or false"))
            .allMatch(p -> p.startsWith(f + ":")));
  }
}
