package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, items 3 and 4: a rule the engine checks across the scenario and the catalog, and a
 * result past any real plan, are refused (exit 2, one line per problem) at the user's own file,
 * line, column and key, or at the flag that gave the value; never at a field the user did not
 * write, never printed as a figure.
 */
class LocatedResultsTest {
  @TempDir Path dir;

  private Path scenario(String yaml) throws Exception {
    return Files.writeString(dir.resolve("s.yaml"), yaml);
  }

  private static Cli refused(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.code).as(r.err + r.out).isEqualTo(2);
    assertThat(r.out).isEmpty();
    return r;
  }

  @Test
  void rackPowerLimitBelowADevice_isReportedAtTheUsersKey() throws Exception {
    Path f = scenario("gpus: 160000\nrackPowerLimit: 1 W\n");

    // 1 W against the 700 W D-box, 550 W C-node and 1,480 W switch (catalog/default.yaml)
    assertThat(refused("compare", "--scenario", f.toString()).err.lines()).containsExactly(
        f + ":2:17: rackPowerLimit: 0.001 kW is below one dbox-1350's typical draw of 0.7 kW",
        f + ":2:17: rackPowerLimit: 0.001 kW is below one cnode-gen6's typical draw of 0.55 kW",
        f + ":2:17: rackPowerLimit: 0.001 kW is below one sn5600's typical draw of 1.48 kW");
  }

  @Test
  void rackKwBelowADevice_namesTheFlag() {
    assertThat(refused("size", "--dbox", "dense-5400", "--dboxes", "210", "--cnodes", "420",
        "--rack-kw", "1").err).startsWith(
            "--rack-kw: 1 kW is below one dense-5400's typical draw of 1.82 kW");
  }

  @Test
  void targetNoDesignHolds_blamesTargetUsable_notCnodes() throws Exception {
    Path f = scenario("targetUsable: 999 EB\n");

    // ncp-1eb: 999 EB needs ~835,560 D-boxes and, at the pod's 450:180 = 2.5 C-nodes per
    // D-box, 2,088,900 C-nodes: past the 1,000,000 one design may hold
    String err = refused("compare", "--scenario", f.toString()).err;
    assertThat(err.trim()).isEqualTo(f + ":1:15: targetUsable: 999 EB needs 2,088,900 C-nodes "
        + "in ncp-1eb, more than the 1,000,000 one design may hold; expected a smaller target");
    assertThat(err).doesNotContain("cnodes:");
  }

  @Test
  void outageOfAbsurdLength_isRefused_notPrintedAsNegativeRetention() throws Exception {
    Path f = scenario("outageDuration: 1000 d\n");

    assertThat(refused("outage", "--scenario", f.toString(), "--interval", "5m").err.trim())
        .isEqualTo(f + ":1:17: outageDuration: must be at most 365 d, got '1000 d'; expected "
            + "a WAN outage of at most 365 d");
    // past any duration at all: refused where it is parsed, with the range of every duration
    Path absurd = scenario("outageDuration: 1e300 d\n");
    assertThat(refused("outage", "--scenario", absurd.toString(), "--interval", "5m").err.trim())
        .isEqualTo(absurd + ":1:17: outageDuration: '1e300 d' is out of range; expected a "
            + "duration from 0.001 s to 1,000,000 d such as '90s'");
    // the flag is the same key: the same range and the same words
    assertThat(refused("outage", "--interval", "5m", "--outage", "400d").err.trim())
        .isEqualTo("--outage: must be at most 365 d, got '400d'; expected a WAN outage of at "
            + "most 365 d");
  }

  @Test
  void outageLeavingMillionsOfCopiesPending_isRefusedBeforePrinting() {
    // 1 d / (10 x 1 ms) = 8,640,000 copies pending: past the 1,000,000 any count may be
    String err = refused("outage", "--interval", "0.001s", "--outage", "1d").err.trim();

    assertThat(err).isEqualTo("--outage: 1 d at one copy every 0.0100 s leaves 8.64e+06 copies "
        + "pending; expected at most 1,000,000 (a shorter outage, a longer interval or a larger "
        + "outageCopyEvery)");
  }

  @Test
  void sizeFlagsThatAreScenarioKeys_shareTheKeysMessages() {
    assertThat(refused("size", "--dbox", "dbox-1350", "--dboxes", "10", "--cnodes", "10",
        "--cnode", "nope").err.trim()).isEqualTo("--cnode: unknown id 'nope'; expected one "
            + "of: cnode-gen6");
    assertThat(refused("checkpoint", "--tp", "99999999999").err.trim())
        .isEqualTo("--tp: must be from 1 to 1000000, got 99999999999");
  }

  private Path catalog(String yaml) throws Exception {
    return Files.writeString(dir.resolve("c.yaml"), yaml);
  }

  @Test
  void userCatalogMistake_isReportedAtTheUsersLine_notTheBuiltIn() throws Exception {
    // the built-in powerMax (2,050 W) is not the mistake: the user's powerTypical is
    Path f = catalog("switches:\n  sn5600:\n    powerTypical: 20000 W @assume-sn5600-power\n");

    assertThat(refused("compare", "--catalog", f.toString()).err.trim()).isEqualTo(f
        + ":3:19: switches.sn5600.powerTypical: must be at most powerMax (2,050 W), got "
        + "20,000 W").doesNotContain("built-in");
  }

  @Test
  void userDeviceThatFitsNoRack_isReportedAtItsFigure() throws Exception {
    // 50U against rack-42u's 42 - 2 reserved = 40 usable U
    Path f = catalog("dboxes:\n  dbox-1350:\n    rackUnits: 50 @eia-rack\n");
    assertThat(refused("compare", "--catalog", f.toString()).err.trim()).isEqualTo(f
        + ":3:16: dboxes.dbox-1350.rackUnits: 50U is more than the 40 usable U of rack-42u, the "
        + "scenario's rack");

    // 20 kW typical against the built-in 12 kW limit: the user's figure, not rackPowerLimit
    Path g = catalog("switches:\n  sn5600:\n    powerTypical: 20000 W @assume-sn5600-power\n"
        + "    powerMax: 20000 W @assume-sn5600-power\n");
    assertThat(refused("compare", "--catalog", g.toString()).err.trim()).isEqualTo(g
        + ":3:19: switches.sn5600.powerTypical: one sn5600 draws 20 kW (typical), more than the "
        + "scenario's rackPowerLimit of 12 kW");
  }

  @Test
  void switchOfOnePort_isRefused_notCountedAsHundredsOfLeaves() throws Exception {
    Path f = catalog("switches:\n  sn5600:\n    ports: 1 @netbox-nvidia-sn5600\n");

    assertThat(refused("compare", "--catalog", f.toString()).err.trim()).isEqualTo(f
        + ":3:12: switches.sn5600.ports: a leaf of 1 port has none left for the spines; "
        + "expected at least 2 ports (one to the devices, one to the spines)");
  }
}
