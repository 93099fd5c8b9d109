package io.exaplan.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.sizing.Bound;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The five options on the built-in scenario, against the meeting's figures. */
class CompareTest {
  static final Comparison CMP = Registry.compare(Scenario.builtIn(), Catalog.builtIn());
  static final Map<String, Option> BY_ID =
      CMP.options().stream().collect(Collectors.toMap(Option::id, Function.identity()));

  @Test
  void compare_listsTheFiveOptionsInFamilyOrder() {
    assertThat(CMP.options()).extracting(Option::id)
        .containsExactly("ncp-pod", "ncp-1eb", "dense-420-210", "dense-105-210", "cloud-hdd");
  }

  @Test
  void ncpPod_reproducesMeetingNodeUnitsAndUsable() {
    Option pod = BY_ID.get("ncp-pod");
    assertThat(pod.hardware().cnodes()).isEqualTo(450);
    assertThat(pod.hardware().dboxes()).isEqualTo(180);
    assertThat(pod.space().nodeRackUnits()).isEqualTo(630);
    assertThat(pod.capacity().usableBytes() / 1e15).isCloseTo(215.2, within(0.05));
    assertThat(pod.identity().gpusServed()).isEqualTo(41_472);
  }

  @Test
  void ncpPod_guidanceCheck_gb200Enhanced() {
    GuidanceCheck g = BY_ID.get("ncp-pod").compliance().guidance();
    // 41,472 / 576 = 72 SUs; read 72 x 125 = 9,000 GB/s; write 72 x 62 = 4,464 GB/s
    assertThat(g.requiredReadBytesPerSec()).isCloseTo(9_000e9, within(1e3));
    assertThat(g.requiredWriteBytesPerSec()).isCloseTo(4_464e9, within(1e3));
    assertThat(g.meetsRead()).isTrue(); // 10.8 TB/s
    assertThat(g.meetsWrite()).isFalse(); // 1.46 TB/s
  }

  @Test
  void ncpPod_explainsWhyItsWriteDiffersFromTheMeeting() {
    assertThat(BY_ID.get("ncp-pod").notes()).anySatisfy(n -> assertThat(n)
        .startsWith("The ~4-5 TB/s write quoted for this pod is not what its hardware gives: the "
            + "engine computes "
            + "1.463 TB/s (frontend-bound). 4-5 TB/s matches the gb200-enhanced guidance target "
            + "for 41472 GPUs (4.464 TB/s)"));
  }

  @Test
  void ncp1eb_scalesThePodToOneExabyte() {
    Option o = BY_ID.get("ncp-1eb");
    // 837 boxes (10^18 / 1,195.6 TB = 836.4); C-nodes ceil(837 x 450 / 180 = 2,092.5) = 2,093
    assertThat(o.hardware().dboxes()).isEqualTo(837);
    assertThat(o.hardware().cnodes()).isEqualTo(2_093);
    assertThat(o.capacity().usableBytes()).isGreaterThanOrEqualTo(1e18);
  }

  @Test
  void dense_needs210EnclosuresPerExabyte_atBothRatios() {
    assertThat(BY_ID.get("dense-420-210").hardware().dboxes()).isEqualTo(210);
    assertThat(BY_ID.get("dense-420-210").hardware().cnodes()).isEqualTo(420);
    assertThat(BY_ID.get("dense-105-210").hardware().dboxes()).isEqualTo(210);
    assertThat(BY_ID.get("dense-105-210").hardware().cnodes()).isEqualTo(105);
    assertThat(BY_ID.get("dense-420-210").compliance().certified()).isFalse();
  }

  @Test
  void cloud_gives3125TerabytesPerSecondPerExabyte_in220Racks() {
    Option o = BY_ID.get("cloud-hdd");
    // 2.5 Tb/s per 100 PB x 10 = 25 Tb/s = 3.125 TB/s: the media figure, in the store's region
    assertThat(o.throughput().terms().mediaReadBytesPerSec()).isCloseTo(3.125e12, within(1.0));
    assertThat(o.throughput().terms().mediaWriteBytesPerSec()).isCloseTo(3.125e12, within(1.0));
    assertThat(o.remote().inRegionReadBytesPerSec()).isCloseTo(3.125e12, within(1.0));
    // the GPUs see 3 sites x 100 Gb/s = 37.5 GB/s across the WAN (issue 14)
    assertThat(o.throughput().readBytesPerSec()).isCloseTo(37.5e9, within(1.0));
    assertThat(o.throughput().readBound()).isEqualTo(Bound.WAN);
    assertThat(o.space().racks()).isEqualTo(220);
    // 220 x 12 kW = 2.64 MW
    assertThat(o.power().powerWatts()).isEqualTo(2_640_000);
    assertThat(o.capacity().rawBytes()).isNull();
  }

  @Test
  void everyFlashOption_listsItsAssumptions() {
    for (Option o : CMP.options()) {
      assertThat(o.assumptions()).as(o.id()).isNotEmpty();
    }
    assertThat(BY_ID.get("ncp-pod").assumptions())
        .anySatisfy(a -> assertThat(a).startsWith("cnode-gen6.write = 3.25 GB/s (assumption:"));
  }

  @Test
  void registry_unknownOption_listsTheKnownOnes() {
    assertThatThrownBy(() -> Registry.get("dense-1-1"))
        .hasMessage("--option: unknown option 'dense-1-1'; expected one of: ncp-pod, ncp-1eb, "
            + "dense-420-210, dense-105-210, cloud-hdd");
  }
}
