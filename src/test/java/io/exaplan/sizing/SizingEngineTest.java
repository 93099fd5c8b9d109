package io.exaplan.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import org.junit.jupiter.api.Test;

/** Engine values against hand arithmetic (built-in catalog figures, docs/model.md formulas). */
class SizingEngineTest {
  static final Catalog C = Catalog.builtIn();
  static final Scenario S = Scenario.builtIn();

  static Sizing size(String box, int boxes, int cnodes) {
    return SizingEngine.size(Options.design(S, C, C.dbox(box), boxes, cnodes));
  }

  @Test
  void pod_capacity_matchesTheMeetingsUsable() {
    Sizing z = size("dbox-1350", 180, 450);
    // stripe 146+4 (180 x 22 = 3,960 drives >> 150); 146/150 = 0.973333 - 0.0888 = 0.884533
    assertThat(z.dataStrips()).isEqualTo(146);
    assertThat(z.usableRatio()).isCloseTo(0.884533, within(1e-6));
    // raw 180 x 22 x 61.44 TB = 243,302.4 TB; usable = 243,302.4 x 0.884533 = 215,209.1 TB
    assertThat(z.rawBytes()).isCloseTo(243_302.4e12, within(1e6));
    assertThat(z.usableBytes()).isCloseTo(215_209.1e12, within(0.1e12));
  }

  @Test
  void pod_read_isMediaBound() {
    Sizing z = size("dbox-1350", 180, 450);
    // front-end 450 x 25 = 11,250 GB/s; media 180 x 60 = 10,800 GB/s;
    // network min(450 x 4 x 25 / 2 = 22,500, 180 x 4 x 25 = 18,000) = 18,000 GB/s
    assertThat(z.frontendReadBytesPerSec()).isEqualTo(11_250e9);
    assertThat(z.mediaReadBytesPerSec()).isEqualTo(10_800e9);
    assertThat(z.networkReadBytesPerSec()).isEqualTo(18_000e9);
    assertThat(z.readBytesPerSec()).isEqualTo(10_800e9);
    assertThat(z.readBound()).isEqualTo(Bound.MEDIA);
  }

  @Test
  void pod_write_isFrontEndBound() {
    Sizing z = size("dbox-1350", 180, 450);
    // front-end 450 x 3.25 = 1,462.5 GB/s; media 180 x 20 x 0.973333 = 3,504 GB/s;
    // network min(22,500, 18,000 x 0.973333 = 17,520) = 17,520 GB/s
    assertThat(z.frontendWriteBytesPerSec()).isCloseTo(1_462.5e9, within(1e3));
    assertThat(z.mediaWriteBytesPerSec()).isCloseTo(3_504e9, within(1e3));
    assertThat(z.networkWriteBytesPerSec()).isCloseTo(17_520e9, within(1e3));
    assertThat(z.writeBound()).isEqualTo(Bound.FRONTEND);
  }

  @Test
  void pod_switchesRackUnitsAndPower() {
    Sizing z = size("dbox-1350", 180, 450);
    // device bandwidth (450 + 180) x 4 x 25 GB/s = 63,000 GB/s / 100 GB/s per port = 630 ports;
    // 32 downlinks per SN5600 leaf -> ceil(630 / 32) = 20 leaves; 20 x 32 / 64 = 10 spines
    assertThat(z.leafSwitches()).isEqualTo(20);
    assertThat(z.spineSwitches()).isEqualTo(10);
    // 450 x 1U + 180 x 1U = 630 U of nodes (the meeting's figure); + 30 x 2U = 690 U
    assertThat(z.nodeRackUnits()).isEqualTo(630);
    assertThat(z.rackUnits()).isEqualTo(690);
    // typical 450 x 550 + 180 x 700 + 30 x 1,480 = 247,500 + 126,000 + 44,400 = 417,900 W
    // max     450 x 775 + 180 x 850 + 30 x 2,050 = 348,750 + 153,000 + 61,500 = 563,250 W
    assertThat(z.powerTypicalWatts()).isEqualTo(417_900);
    assertThat(z.powerMaxWatts()).isEqualTo(563_250);
  }

  @Test
  void pod_racks_arePowerBound_andTheLayoutEngineMeetsThePowerBound() {
    Sizing z = size("dbox-1350", 180, 450);
    // space ceil(690 / 40) = 18; power ceil(417.9 / 12) = 35
    assertThat(z.spaceBoundRacks()).isEqualTo(18);
    assertThat(z.powerBoundRacks()).isEqualTo(35);
    assertThat(z.rackBound()).isEqualTo(RackBound.POWER);
    // 35 racks suffice: 30 x (4 D-boxes + 14 C-nodes + 1 switch) = 2,800 + 7,700 + 1,480
    // = 11,980 W, 20 U; 5 x (12 D-boxes + 6 C-nodes) = 8,400 + 3,300 = 11,700 W, 18 U; together
    // 120 + 60 = 180 D-boxes, 420 + 30 = 450 C-nodes, 30 switches. (The old even spread: 37.)
    assertThat(z.racks()).isEqualTo(35);
    assertThat(z.rackCount().proven()).isTrue();
  }

  @Test
  void smallClusters_followThePublishedCurve() {
    // 1 box: 22 drives -> 18+4 -> 18/22 - 0.0888 = 0.7294 (published ~0.727)
    assertThat(size("dbox-1350", 1, 1).usableRatio()).isCloseTo(0.727, within(0.005));
    // 2 boxes: 44 drives -> 40+4 -> 40/44 - 0.0888 = 0.8203 (published ~0.818)
    assertThat(size("dbox-1350", 2, 2).usableRatio()).isCloseTo(0.818, within(0.005));
    // 6 boxes: 132 drives -> 128+4 -> 128/132 - 0.0888 = 0.8809 (published ~0.880)
    assertThat(size("dbox-1350", 6, 6).usableRatio()).isCloseTo(0.880, within(0.005));
    // at scale: 0.8845
    assertThat(size("dbox-1350", 100, 100).usableRatio()).isCloseTo(0.8845, within(0.0001));
  }

  @Test
  void dboxesFor_oneExabyte_matchesTheMeeting() {
    // dense: 10^18 / (5,406.72 TB x 0.884533) = 209.1 -> 210
    assertThat(SizingEngine.dboxesFor(1e18, C.dbox("dense-5400"), C.capacity())).isEqualTo(210);
    // 1350-series: 10^18 / (1,351.68 TB x 0.884533) = 836.4 -> 837
    assertThat(SizingEngine.dboxesFor(1e18, C.dbox("dbox-1350"), C.capacity())).isEqualTo(837);
  }

  @Test
  void dboxesFor_tinyTarget_usesTheSmallClusterCurve() {
    // 1 PB of 1350-series: one box holds 1,351.68 TB x 0.7294 = 985.9 TB < 1 PB;
    // two hold 2,703.36 TB x 0.8203 = 2,217.6 TB -> 2
    assertThat(SizingEngine.dboxesFor(1e15, C.dbox("dbox-1350"), C.capacity())).isEqualTo(2);
  }

  @Test
  void dense105_readIsFrontEndBound() {
    Sizing z = size("dense-5400", 210, 105);
    // front-end 105 x 25 = 2,625 GB/s < media 210 x 45 = 9,450 GB/s
    assertThat(z.readBytesPerSec()).isEqualTo(2_625e9);
    assertThat(z.readBound()).isEqualTo(Bound.FRONTEND);
  }

  @Test
  void maxPowerBasis_packsNameplateDraw() {
    Design d = Design.builder().dbox(C.dbox("dbox-1350"), 180).cnode(C.cnode("cnode-gen6"), 450)
        .switchModel(C.switchModel("sn5600")).rack(C.rack("rack-42u"), 12_000)
        .powerBasis(PowerBasis.MAX).capacity(C.capacity()).fabric(C.fabric()).build();
    // 563,250 W / 12,000 = 46.9 -> 47
    assertThat(SizingEngine.size(d).powerBoundRacks()).isEqualTo(47);
  }

  @Test
  void design_rackLimitBelowOneDevice_isRejected() {
    assertThatThrownBy(() -> Design.builder().dbox(C.dbox("dense-5400"), 10)
        .cnode(C.cnode("cnode-gen6"), 10).switchModel(C.switchModel("sn5600"))
        .rack(C.rack("rack-42u"), 1_500).capacity(C.capacity()).fabric(C.fabric()).build())
        .isInstanceOf(InputException.class)
        .hasMessage("rackPowerLimit: 1.5 kW is below one dense-5400's typical draw of 1.82 kW");
  }

  @Test
  void design_zeroCounts_areRejectedByField() {
    assertThatThrownBy(() -> Options.design(S, C, C.dbox("dbox-1350"), 0, -1))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).containsExactly(
            "dboxes: must be from 1 to 1000000, got 0", "cnodes: must be from 1 to 1000000, got -1"));
  }
}
