package io.exaplan.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.GuidanceLevel;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.DesignFit;
import io.exaplan.config.InputException;
import io.exaplan.config.Yaml;
import io.exaplan.sizing.Bound;
import io.exaplan.sizing.SizingEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14: job share, cloud bounds, C:D floor, one figure per concept, guidance and EC rule. */
class DefensibleFiguresTest {
  static final Catalog C = Catalog.builtIn();
  static final Scenario S = Scenario.builtIn();

  static Scenario with(String yaml) {
    return S.with(Yaml.parse("test.yaml", yaml), "", C);
  }

  static Option option(Scenario s, String id) {
    return Registry.compare(s, C).options().stream().filter(o -> o.id().equals(id))
        .findFirst().orElseThrow();
  }

  // ---- 1. Job share ----

  @Test
  void jobsFor_roundsUpGpusOverCluster() {
    // 160,000 / 41,472 = 3.858 -> 4; one cluster -> 1; 41,473 -> 2
    assertThat(S.jobsFor(160_000)).isEqualTo(4);
    assertThat(S.jobsFor(41_472)).isEqualTo(1);
    assertThat(S.jobsFor(41_473)).isEqualTo(2);
    assertThat(option(S, "dense-420-210").jobs()).isEqualTo(4);
    assertThat(option(S, "ncp-pod").jobs()).isEqualTo(1);
  }

  @Test
  void designFit_sharedDesign_judgedOnShare_staggeredRescues() {
    // 1 TB checkpoint every 300 s, sync, stall 5%: required = 1e12 / (0.05 x 300) = 66.67 GB/s.
    // 4 jobs on 100 GB/s: share 25 GB/s < 66.67 (misses); alone 100 >= 66.67 (meets);
    // staggered 4 x 1e12 / 1e11 = 40 s <= 300 s (rescues). Write time at the share 1e12/25e9 = 40 s.
    DesignFit.Row r = DesignFit.rows(1e12, List.of(300.0), 0.05, CheckpointMode.SYNC,
        List.of(new DesignFit.DesignRate("x", 1e11, 4))).get(0);
    assertThat(r.requiredWriteBytesPerSec()).isCloseTo(66.667e9, within(1e6));
    assertThat(r.writeBytesPerSec()).isEqualTo(25e9);
    assertThat(r.aloneWriteBytesPerSec()).isEqualTo(1e11);
    assertThat(r.writeSeconds()).isCloseTo(40, within(1e-9));
    assertThat(r.meets()).isFalse();
    assertThat(r.meetsAlone()).isTrue();
    assertThat(r.staggeredFits()).isTrue();
    assertThat(r.verdict()).isEqualTo("staggered only");
    assertThat(r.sentence()).contains("each of 4 jobs' share").contains("exaplan simulate");
    // min interval at the share: 1e12 / (0.05 x 25e9) = 800 s
    assertThat(r.minIntervalSeconds()).isCloseTo(800, within(1e-9));
  }

  @Test
  void designFit_staggerTooLong_doesNotRescue() {
    // 10 jobs x 1e12 / 1e11 = 100 s > 60 s interval; alone needs 1e12 / (0.5 x 60) = 33.3 GB/s
    DesignFit.Row r = DesignFit.rows(1e12, List.of(60.0), 0.5, CheckpointMode.SYNC,
        List.of(new DesignFit.DesignRate("x", 1e11, 10))).get(0);
    assertThat(r.meetsAlone()).isTrue();
    assertThat(r.staggeredFits()).isFalse();
    assertThat(r.verdict()).isEqualTo("no");
  }

  @Test
  void compareCheckpoint_dense420_usesQuarterOfItsWrite() {
    // dense-420-210 writes 420 x 3.25 GB/s = 1.365 TB/s; 4 jobs -> 341.25 GB/s each.
    DesignFit.Row r = Registry.compare(S, C).checkpoint().rows().stream()
        .filter(x -> x.option().equals("dense-420-210") && x.intervalSeconds() == 300)
        .findFirst().orElseThrow();
    assertThat(r.aloneWriteBytesPerSec()).isCloseTo(1.365e12, within(1e3));
    assertThat(r.writeBytesPerSec()).isCloseTo(341.25e9, within(1e3));
    // 405B: 405,853,388,800 x 14 B = 5.682 TB; at 5 min, 5% stall: 5.682e12 / 15 = 378.8 GB/s
    assertThat(r.meets()).isFalse();
    assertThat(r.staggeredFits()).isTrue();
  }

  // ---- 2. Cloud baseline across the WAN ----

  @Test
  void cloud_builtIn_boundByWan_inRegionByMediaAndAccounts() {
    Option o = option(S, "cloud-hdd");
    // accounts = ceil(1e18 / 5 PiB) = ceil(1e18 / 5.6295e15) = ceil(177.6) = 178
    assertThat(o.remote().storageAccounts()).isEqualTo(178);
    // WAN 3 sites x 100 Gb/s = 3 x 12.5 GB/s = 37.5 GB/s, below media 3.125 TB/s and accounts
    assertThat(o.throughput().writeBound()).isEqualTo(Bound.WAN);
    assertThat(o.throughput().readBound()).isEqualTo(Bound.WAN);
    assertThat(o.remote().wanWriteBytesPerSec()).isCloseTo(37.5e9, within(1.0));
    // in region: write min(3.125 TB/s, 178 x 60 Gb/s = 178 x 7.5 GB/s = 1.335 TB/s) = 1.335
    assertThat(o.remote().inRegionWriteBytesPerSec()).isCloseTo(1.335e12, within(1e3));
    // read min(3.125 TB/s, 178 x 200 Gb/s = 4.45 TB/s) = 3.125 TB/s (media)
    assertThat(o.remote().inRegionReadBytesPerSec()).isCloseTo(3.125e12, within(1e3));
    assertThat(o.space().rackPowerLimitWatts()).isEqualTo(12_000);
  }

  @Test
  void cloud_otherRegionAccounts_fastWan_boundByAccounts() {
    // 25 / 50 Gb/s per account: ingress 178 x 3.125 GB/s = 556.25 GB/s, egress 178 x 6.25 GB/s
    // = 1.1125 TB/s; WAN 3 x 10 Tb/s = 3.75 TB/s does not bind; media 3.125 TB/s does not.
    Option o = option(with("cloudAccount: azure-standard-other\nwanRatePerSite: 10 Tb/s\n"
        + "rackPowerLimit: 15 kW\n"), "cloud-hdd");
    assertThat(o.throughput().writeBound()).isEqualTo(Bound.ACCOUNT);
    assertThat(o.throughput().writeBytesPerSec()).isCloseTo(556.25e9, within(1e3));
    assertThat(o.throughput().readBound()).isEqualTo(Bound.ACCOUNT);
    assertThat(o.throughput().readBytesPerSec()).isCloseTo(1.1125e12, within(1e3));
    // the scenario's rack limit, not the cloud rack's 12 kW draw
    assertThat(o.space().rackPowerLimitWatts()).isEqualTo(15_000);
  }

  @Test
  void cloud_raisedAccountLimits_fewerAccountsMoreIngress() {
    // Raised on request: 10 PiB and 120 Gb/s ingress per account (egress keeps 200 Gb/s).
    // accounts = ceil(1e18 / (10 x 2^50 = 1.1259e16)) = ceil(88.8) = 89; ingress 89 x 15 GB/s
    // = 1.335 TB/s (the same sum as 178 x 7.5 GB/s); egress 89 x 25 GB/s = 2.225 TB/s, now
    // below media 3.125 TB/s: fewer accounts cost read bandwidth.
    Option o = option(with("wanRatePerSite: 10 Tb/s\n"
        + "cloudAccountLimits: {capacity: 10 PiB, ingress: 120 Gb/s}\n"), "cloud-hdd");
    assertThat(o.remote().storageAccounts()).isEqualTo(89);
    assertThat(o.throughput().writeBound()).isEqualTo(Bound.ACCOUNT);
    assertThat(o.throughput().writeBytesPerSec()).isCloseTo(1.335e12, within(1e3));
    assertThat(o.throughput().readBound()).isEqualTo(Bound.ACCOUNT);
    assertThat(o.throughput().readBytesPerSec()).isCloseTo(2.225e12, within(1e3));
  }

  @Test
  void cloud_raisedLimitBelowDefault_refusedAtItsKey() {
    assertThatThrownBy(() -> with("cloudAccountLimits:\n  ingress: 10 Gb/s\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("test.yaml:2:12")
        .hasMessageContaining("cloudAccountLimits.ingress")
        .hasMessageContaining("at least the account type's default 7.5 GB/s");
    assertThatThrownBy(() -> with("cloudAccountLimits: {egres: 1 Tb/s}\n"))
        .hasMessageContaining("cloudAccountLimits.egres").hasMessageContaining("unknown key");
  }

  // ---- 3. C:D floor ----

  @Test
  void cdFloor_raisesDenseCapacityCnodes() {
    // minCnodesPerDbox 1: dense-105-210's 210 x 0.5 = 105 C-nodes rise to 210 x 1 = 210
    Option o = option(with("minCnodesPerDbox: 1\n"), "dense-105-210");
    assertThat(o.hardware().cnodes()).isEqualTo(210);
    assertThat(o.notes()).anyMatch(n -> n.contains("raised to 210 by the C:D floor"));
    // the default 0.5 leaves it at 105 (exactly 1:2)
    assertThat(option(S, "dense-105-210").hardware().cnodes()).isEqualTo(105);
  }

  @Test
  void size_belowFloor_saysSo() {
    // 210 enclosures x 0.5 = 105 C-nodes at least; 39 is below
    Option o = Options.custom(S, C, C.dbox("dense-5400"), 210, 39, 160_000);
    assertThat(o.notes()).anyMatch(n -> n.startsWith("Below the C:D floor: 39 C-nodes")
        && n.contains("asks for 105"));
  }

  // ---- 4. One figure per concept ----

  @Test
  void size_ofDense420_agreesWithCompare() {
    Option cmp = option(S, "dense-420-210");
    long gpus = Options.defaultGpus(S, C, C.dbox("dense-5400"), 210);
    Option size = Options.custom(S, C, C.dbox("dense-5400"), 210, 420, gpus);
    assertThat(gpus).isEqualTo(160_000);
    assertThat(size.throughput()).isEqualTo(cmp.throughput());
    assertThat(size.space()).isEqualTo(cmp.space());
    assertThat(size.power()).isEqualTo(cmp.power());
    assertThat(size.compliance().guidance()).isEqualTo(cmp.compliance().guidance());
    assertThat(size.perUnit()).isEqualTo(cmp.perUnit());
    assertThat(size.jobs()).isEqualTo(4);
    // a pod-sized design holds 215 PB < 1 EB: one cluster, as compare's pod
    assertThat(Options.defaultGpus(S, C, C.dbox("dbox-1350"), 180)).isEqualTo(41_472);
  }

  @Test
  void untitledScenario_getsTitleFromItsFigures_andOptionsCarryTarget() {
    Scenario s = with("gpus: 80000\ntargetUsable: 2 EB\n");
    assertThat(s.name()).isEqualTo("80,000 GPUs over 3 sites, compared at 2 EB usable");
    assertThat(option(s, "dense-420-210").name()).endsWith("at 2 EB");
    assertThat(option(s, "cloud-hdd").name()).endsWith("at 2 EB");
    assertThat(with("name: mine\ngpus: 80000\n").name()).isEqualTo("mine");
  }

  @Test
  void meetsCapacityTarget_podIsShort() {
    // the pod holds 215.2 PB of a 1 EB target
    assertThat(option(S, "ncp-pod").capacity().meetsCapacityTarget()).isFalse();
    assertThat(option(S, "ncp-1eb").capacity().meetsCapacityTarget()).isTrue();
    assertThat(option(S, "cloud-hdd").capacity().meetsCapacityTarget()).isTrue();
  }

  @Test
  void cloud_enclosuresAndDrivesAgreeWithDurability() {
    Option o = option(S, "cloud-hdd");
    assertThat((long) o.hardware().dboxes()).isEqualTo(o.durability().enclosures());
  }

  // ---- 5. Guidance and erasure coding ----

  @Test
  void guidance_perGpuFigures_andNewLevels() {
    GuidanceLevel b300 = C.guidanceLevel("b300-enhanced");
    // 250 GB/s / 512 GPUs = 488.28 MB/s per GPU; 124 / 512 = 242.19 MB/s
    GuidanceCheck g = GuidanceCheck.of(b300, 1024, 0, 0);
    assertThat(g.requiredReadBytesPerSecPerGpu()).isCloseTo(488.28125e6, within(1.0));
    assertThat(g.requiredWriteBytesPerSecPerGpu()).isCloseTo(242.1875e6, within(1.0));
    // 1024 GPUs = 2 SUs: 500 GB/s read
    assertThat(g.requiredReadBytesPerSec()).isCloseTo(500e9, within(1.0));
    assertThat(C.guidanceLevel("b300-standard").readBytesPerSecPerSu()).isEqualTo(80e9);
    GuidanceCheck floor = GuidanceCheck.of(C.guidanceLevel("vendor-1gbps"), 160_000, 0, 0);
    // 1 GB/s per GPU x 160,000 = 160 TB/s
    assertThat(floor.requiredWriteBytesPerSec()).isCloseTo(160e12, within(1.0));
    assertThat(C.assumptions(List.of(b300))).isNotEmpty();
  }

  @Test
  void stripe_enclosureRule_limitsWidthOnFewEnclosures() {
    CapacityModel drive = C.capacity();
    CapacityModel enc = drive.withFailureDomain("enclosure");
    assertThat(drive.failureDomain()).isEqualTo("drive");
    // 10 dense enclosures x 44 drives = 440; drive rule: min(146, 440 - 4) = 146 (15 strips per
    // enclosure, more than the 4 parity); enclosure rule: 4 x (10 - 1) = 36 -> 36+4
    assertThat(SizingEngine.dataStrips(drive, C.dbox("dense-5400"), 10)).isEqualTo(146);
    assertThat(SizingEngine.dataStrips(enc, C.dbox("dense-5400"), 10)).isEqualTo(36);
    // 37 enclosures: 4 x 36 = 144 < 146; 38: 148 -> 146
    assertThat(SizingEngine.dataStrips(enc, C.dbox("dense-5400"), 37)).isEqualTo(144);
    assertThat(SizingEngine.dataStrips(enc, C.dbox("dense-5400"), 38)).isEqualTo(146);
    // 10 x 5,406.72 TB x (36/40 - 0.0888) = 54,067.2 TB x 0.8112 = 43.86 PB usable
    assertThat(SizingEngine.usableBytes(C.dbox("dense-5400"), 10, enc) / 1e15)
        .isCloseTo(43.86, within(0.01));
    Option o = Options.custom(S, C.withCapacity(enc), C.dbox("dense-5400"), 10, 20, 41_472);
    assertThat(o.capacity().stripeRule()).isEqualTo("enclosure (<= 4 strips each)");
    // the default drive rule: 146+4 over 10 enclosures puts ceil(150 / 10) = 15 in one
    Option d = Options.custom(S, C, C.dbox("dense-5400"), 10, 20, 41_472);
    assertThat(d.notes()).anyMatch(n -> n.startsWith("Stripe 146+4 over 10 enclosures: up to 15 "
        + "strips") && n.contains("loses data"));
    assertThat(o.notes()).anyMatch(n -> n.startsWith("Stripe 36+4 over 10 enclosures: up to 4 "
        + "strips") && n.contains("loses no data"));
  }
}
