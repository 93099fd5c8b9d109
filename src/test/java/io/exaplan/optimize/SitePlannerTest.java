package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multi-site plan, figures worked out by hand. */
class SitePlannerTest {
  private static final Catalog C = Catalog.builtIn();

  @TempDir Path dir;

  private Scenario scenario(String yaml) throws IOException {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, yaml);
    return Scenario.load(f, C);
  }

  @Test
  void plan_noSitePlan_splitsTheFleetEqually() {
    SitePlan p = SitePlanner.plan(Scenario.builtIn(), C);
    // 160,000 / 3 = 53,333 r 1: the first site takes the extra GPU.
    assertThat(p.sites()).extracting(SitePlan.SiteResult::gpus)
        .containsExactly(53_334L, 53_333L, 53_333L);
    // ceil(53,334 / 41,472) = 2 jobs per site; usable 1 EB x 53,334 / 160,000 = 333.3 PB.
    assertThat(p.sites().get(0).jobs()).isEqualTo(2);
    assertThat(p.sites().get(0).targetUsableBytes()).isCloseTo(1e18 * 53_334 / 160_000,
        within(1.0));
    assertThat(p.total().gpus()).isEqualTo(160_000);
  }

  @Test
  void plan_builtIn_centralShareIsSizedForTheCheckpointIngress() {
    SitePlan.CentralShare c = SitePlanner.plan(Scenario.builtIn(), C).central();
    // checkpoint: Llama 3.1 405B, 405,853,388,800 parameters x 14 B = 5,681.947 GB
    // 6 jobs x 2 copies x 5,681.947 GB = 68,183.37 GB kept; ingress 6 x 5,681.947 GB /
    // (10 x 300 s) = 11.3639 GB/s, which at 2.5 Tb/s = 312.5 GB/s per 100 PB needs
    // 3.63645 PB: the larger. 3.63645 PB / 1 EB x 220 racks = 0.800018 racks x 12 kW = 9,600.2 W.
    assertThat(c.jobs()).isEqualTo(6);
    assertThat(c.retainedBytes()).isCloseTo(68_183.3693184e9, within(1e3));
    assertThat(c.ingressBytesPerSec()).isCloseTo(11.3638948864e9, within(1.0));
    assertThat(c.shareBytes()).isCloseTo(3.636446363648e15, within(1e6));
    assertThat(c.racks()).isCloseTo(0.80001820000256, within(1e-9));
    assertThat(c.powerWatts()).isCloseTo(9_600.2184, within(1e-3));
  }

  @Test
  void plan_performanceSite_scalesThePodByGpus() throws IOException {
    SitePlan p = SitePlanner.plan(scenario("""
        sites: 2
        sitePlan:
          - {name: west, gpus: 60000, storage: performance}
          - {name: east, gpus: 100000}
        """), C);
    // 180 x 60,000 / 41,472 = 260.4 -> 261 D-boxes; 450 x 60,000 / 41,472 = 651.0 -> 652.
    SitePlan.SiteResult west = p.sites().get(0);
    assertThat(west.design().hardware().dboxes()).isEqualTo(261);
    assertThat(west.design().hardware().cnodes()).isEqualTo(652);
    assertThat(west.design().identity().gpusServed()).isEqualTo(60_000);
  }

  @Test
  void plan_eachSitesDesign_isJudgedAgainstTheSitesShareOfTheTarget() throws IOException {
    // built in: 1 EB x 53,334 / 160,000 = 333.3 PB per site; each site's optimised design holds
    // it (333.6 PB), though not the fleet's 1 EB, which the verdict used to compare it with
    assertThat(SitePlanner.plan(Scenario.builtIn(), C).sites()).allSatisfy(r -> {
      assertThat(r.design().capacity().usableBytes()).isBetween(r.targetUsableBytes(), 1e18);
      assertThat(r.design().capacity().meetsCapacityTarget()).isTrue();
    });
    SitePlan p = SitePlanner.plan(scenario("""
        sites: 2
        sitePlan:
          - {name: west, gpus: 60000, storage: performance}
          - {name: east, gpus: 100000}
        """), C);
    // west: the pod scaled to 261 D-boxes holds 215.2 PB x 261 / 180 = 312 PB, short of its
    // share 1 EB x 60,000 / 160,000 = 375 PB; east is sized for its 625 PB and holds it
    SitePlan.SiteResult west = p.sites().get(0);
    assertThat(west.targetUsableBytes()).isCloseTo(375e15, within(1.0));
    assertThat(west.design().capacity().usableBytes()).isCloseTo(312e15, within(1e15));
    assertThat(west.design().capacity().meetsCapacityTarget()).isFalse();
    SitePlan.SiteResult east = p.sites().get(1);
    assertThat(east.targetUsableBytes()).isCloseTo(625e15, within(1.0));
    assertThat(east.design().capacity().meetsCapacityTarget()).isTrue();
  }

  @Test
  void plan_shareBelowOneByte_isStillJudged_notRefusedAsAKeyNobodyWrote() throws IOException {
    // 2 B over 3 sites: each share is 2 x 1 / 3 = 0.667 B, below the 1 B a targetUsable key
    // may hold; the share is no key, so the plan answers and every tiny target is met
    SitePlan p = SitePlanner.plan(scenario("""
        targetUsable: 2 B
        gpus: 3
        clusterGpus: 1
        sites: 3
        """), C);
    assertThat(p.sites()).hasSize(3).allSatisfy(r -> {
      assertThat(r.targetUsableBytes()).isCloseTo(2.0 / 3, within(1e-9));
      assertThat(r.design().capacity().meetsCapacityTarget()).isTrue();
    });
  }

  @Test
  void plan_siteOutOfSpace_reportsTheFewestRacksAndDoesNotFit() throws IOException {
    SitePlan p = SitePlanner.plan(scenario("""
        sites: 2
        sitePlan:
          - {name: small, gpus: 40000, maxRacks: 5}
          - {name: big, gpus: 120000}
        """), C);
    SitePlan.SiteResult small = p.sites().get(0);
    assertThat(small.fits()).isFalse();
    assertThat(small.design().space().racks()).isGreaterThan(5);
    assertThat(small.notes()).contains("No design fits 5 racks; the fewest is "
        + small.design().space().racks() + ".");
    assertThat(p.total().allFit()).isFalse();
  }

  @Test
  void plan_guidanceSite_meetsTheLevelWithCertifiedParts() throws IOException {
    SitePlan p = SitePlanner.plan(scenario("""
        sites: 2
        sitePlan:
          - {name: a, gpus: 41472, storage: guidance}
          - {name: b, gpus: 118528}
        """), C);
    // gb200-enhanced for 41,472 GPUs = 72 SUs: 9.0 TB/s read, 4.464 TB/s write.
    SitePlan.SiteResult a = p.sites().get(0);
    assertThat(a.targetReadBytesPerSec()).isCloseTo(9.0e12, within(1.0));
    assertThat(a.targetWriteBytesPerSec()).isCloseTo(4.464e12, within(1.0));
    assertThat(a.design().compliance().certified()).isTrue();
    assertThat(a.design().throughput().writeBytesPerSec()).isGreaterThanOrEqualTo(4.464e12);
    assertThat(a.design().compliance().guidance().meetsRead()).isTrue();
    assertThat(a.design().compliance().guidance().meetsWrite()).isTrue();
  }

  @Test
  void load_sitePlanNotSplittingTheFleet_namesFileLineAndFieldInFileOrder() throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, """
        sitePlan:
          - {name: a, gpus: 1000, storage: fast}
          - {name: a, gpus: 1000, maxRacks: 0}
        central:
          checkpointInterval: 5 parsecs
        """);
    assertThatThrownBy(() -> Scenario.load(f, C)).isInstanceOf(InputException.class)
        .hasMessage(String.join(System.lineSeparator(),
            f + ":2:3: sitePlan: site GPUs add up to 2000 but gpus is 160000; expected the sites "
                + "to split the fleet",
            f + ":2:3: sitePlan: lists 2 site(s) but sites is 3; expected one entry per site",
            f + ":2:36: sitePlan[0].storage: 'fast' is not one of optimised, performance, "
                + "guidance",
            f + ":3:12: sitePlan[1].name: duplicate site name 'a'",
            f + ":3:37: sitePlan[1].maxRacks: must be from 1 to 1000000, got 0",
            f + ":5:23: central.checkpointInterval: '5 parsecs': unknown unit 'parsecs'; "
                + "expected a duration such as '90s' (units: s, m, min, h, d)"));
  }
}
