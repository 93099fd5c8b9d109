package io.exaplan.design;

import static io.exaplan.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.Outage;
import io.exaplan.config.InputException;
import io.exaplan.sizing.PowerBasis;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTest {
  @TempDir Path dir;

  @Test
  void builtIn_isTheMeetingScenario() {
    Scenario s = Scenario.builtIn();
    assertThat(s.gpus()).isEqualTo(160_000);
    assertThat(s.sites()).isEqualTo(3);
    assertThat(s.clusterGpus()).isEqualTo(41_472);
    assertThat(s.targetUsableBytes()).isEqualTo(1e18);
    assertThat(s.rackPowerLimitWatts()).isEqualTo(12_000);
    assertThat(s.powerBasis()).isEqualTo(PowerBasis.TYPICAL);
    assertThat(s.date()).isEqualTo("2025-10-30");
  }

  @Test
  void userFile_overridesOnlyTheKeysItGives() {
    Path f = write(dir, "s.yaml", "gpus: 100000\ntargetUsable: 2 EB\nrackPowerLimit: 15 kW\n");
    Scenario s = Scenario.load(f, Catalog.builtIn());
    assertThat(s.gpus()).isEqualTo(100_000);
    assertThat(s.targetUsableBytes()).isEqualTo(2e18);
    assertThat(s.rackPowerLimitWatts()).isEqualTo(15_000);
    assertThat(s.clusterGpus()).isEqualTo(41_472);
  }

  @Test
  void userFile_problems_areAllReportedInFileOrder() {
    Path f = write(dir, "s.yaml", "gpus: -5\nrackPowerLimit: 12\nguidance: h200-best\nfoo: 1\n");
    assertThatThrownBy(() -> Scenario.load(f, Catalog.builtIn()))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).containsExactly(
            f + ":1:7: gpus: must be from 1 to 100000000, got -5",
            f + ":2:17: rackPowerLimit: '12': a unit is required; expected a power such as "
                + "'550 W' (units: W, kW, MW)",
            f + ":3:11: guidance: unknown id 'h200-best'; expected one of: h100-good, "
                + "h100-better, h100-best, gb200-standard, gb200-enhanced, b300-standard, "
                + "b300-enhanced, vendor-1gbps",
            f + ":4:1: foo: unknown key; expected one of: name, date, gpus, sites, clusterGpus, "
                + "targetUsable, guidance, cnode, switch, rack, cloudObject, rackPowerLimit, "
                + "powerBasis, checkpointModel, checkpointCadences, checkpointStallFraction, "
                + "checkpointMode, sitePlan, central, outageCopyEvery, outageKeepLocal, "
                + "outageDuration, outageCatchUp, outageAccount, gpuNode, parallelism, workload, "
                + "wanRatePerSite, cloudAccount, minCnodesPerDbox, minDurabilityNines, maxRebuild, cloudAccountLimits"));
  }

  @Test
  void userFile_wrongTypeForCount_isRejected() {
    Path f = write(dir, "s.yaml", "sites: three\n");
    assertThatThrownBy(() -> Scenario.load(f, Catalog.builtIn()))
        .hasMessage(f + ":1:8: sites: 'three' is not a whole number; expected a whole number "
            + "from 1 to 1000");
  }

  @Test
  void userFile_clusterLargerThanFleet_isRejected() {
    Path f = write(dir, "s.yaml", "gpus: 1000\n");
    assertThatThrownBy(() -> Scenario.load(f, Catalog.builtIn()))
        .hasMessage(f + ":1:1: clusterGpus: must not exceed gpus (1000), got 41472");
  }

  @Test
  void userFile_badDateAndBasis_areRejected() {
    Path f = write(dir, "s.yaml", "date: yesterday\npowerBasis: peak\n");
    assertThatThrownBy(() -> Scenario.load(f, Catalog.builtIn()))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).containsExactly(
            f + ":1:7: date: 'yesterday' is not a date; expected YYYY-MM-DD",
            f + ":2:13: powerBasis: 'peak' is not typical or max"));
  }

  @Test
  void builtIn_outagePolicy_documentedDefaults() {
    // scenario/default.yaml: every 10th copied, newest 5 kept, 24 h outage, 12 h catch-up.
    assertThat(Scenario.builtIn().outage()).isEqualTo(
        new Outage.Policy(10, 5, 86_400, 43_200, "azure-standard"));
  }

  @Test
  void userFile_outageKeys_overrideFieldByField() {
    Path f = write(dir, "s.yaml", "outageDuration: 3d\noutageKeepLocal: 2\n");
    Outage.Policy p = Scenario.load(f, Catalog.builtIn()).outage();
    assertThat(p).isEqualTo(new Outage.Policy(10, 2, 3 * 86_400, 43_200, "azure-standard"));
  }

  @Test
  void userFile_badOutageKeys_allProblemsNamed() {
    Path f = write(dir, "s.yaml", "outageCopyEvery: 0\noutageKeepLocal: two\n"
        + "outageDuration: 1 week\noutageCatchUp: 0s\noutageAccount: s3\n");
    assertThatThrownBy(() -> Scenario.load(f, Catalog.builtIn()))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).containsExactly(
            f + ":1:18: outageCopyEvery: must be from 1 to 1000000, got 0",
            f + ":2:18: outageKeepLocal: 'two' is not a whole number; expected a whole number "
                + "from 1 to 1000000",
            f + ":3:17: outageDuration: '1 week': unknown unit 'week'; expected a duration such "
                + "as '90s' (units: s, m, min, h, d)",
            f + ":4:16: outageCatchUp: must be greater than zero, got 0; expected a duration "
                + "such as '90s'",
            f + ":5:16: outageAccount: unknown id 's3'; expected one of: azure-standard, azure-standard-other"));
  }

  @Test
  void userFile_notAMap_isRejected() {
    Path f = write(dir, "s.yaml", "- 1\n- 2\n");
    assertThatThrownBy(() -> Scenario.load(f, Catalog.builtIn()))
        .hasMessage(f + ":1:1: expected a map of settings, found a list");
  }
}
