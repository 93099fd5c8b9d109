package io.exaplan.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.packing.RackLoss;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.PowerBasis;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Feeds, cooling, weight, rack loss and the cabling BOM, each against hand-worked values. */
class PhysicalTest {
  static final Catalog C = Catalog.builtIn();
  static final RackRules.Feed FEED_208_3PH = new RackRules.Feed(208, 60, RackRules.Phase.THREE,
      0.8);

  /** One rack: 2 D-boxes (850 W max), 3 C-nodes (775 W max), 1 switch (2,050 W max). */
  static RackPlan oneRack() {
    List<Device> devices = List.of(
        new Device("leaf-1", Role.LEAF, 1, "sn5600", "SN5600", 39, 2, 1480, 1480, 2050),
        new Device("cnode-3", Role.CNODE, 3, "cnode-gen6", "C", 5, 1, 550, 550, 775),
        new Device("cnode-2", Role.CNODE, 2, "cnode-gen6", "C", 4, 1, 550, 550, 775),
        new Device("cnode-1", Role.CNODE, 1, "cnode-gen6", "C", 3, 1, 550, 550, 775),
        new Device("dbox-2", Role.DBOX, 2, "dbox-1350", "D", 2, 1, 700, 700, 850),
        new Device("dbox-1", Role.DBOX, 1, "dbox-1350", "D", 1, 1, 700, 700, 850));
    return new RackPlan("rack-42u", "42U", PowerBasis.TYPICAL,
        List.of(new Rack(1, devices, 42, 40, 12_000)));
  }

  static final Physical.Masses MASSES = new Physical.Masses(
      Map.of("sn5600", 23.5, "cnode-gen6", 11.3, "dbox-1350", 29.5)::get, 160, 0.6 * 1.2);

  @Test
  void feedRating_isNetboxsAvailablePower() {
    // 208 V x 60 A x 0.8 x 1.732 = 17,292.288 -> 17,292 W; 230 V x 32 A x 100% = 7,360 W
    assertThat(FEED_208_3PH.ratingWatts()).isEqualTo(17_292);
    assertThat(new RackRules.Feed(230, 32, RackRules.Phase.SINGLE, 1).ratingWatts())
        .isEqualTo(7_360);
  }

  @Test
  void oneRack_feedsCoolingAndWeight_handWorked() {
    RackRules rules = new RackRules(new RackRules.Feed(230, 32, RackRules.Phase.SINGLE, 1),
        20_000, 12_000, false);
    Physical p = Physical.of(oneRack(), rules, MASSES, new Physical.Stripe(146, 4, 180), null,
        null);
    // max draw 2 x 850 + 3 x 775 + 2,050 = 1,700 + 2,325 + 2,050 = 6,075 W <= 7,360 W
    assertThat(p.worstRackWatts()).isEqualTo(6_075);
    assertThat(p.feedsOk()).isTrue();
    assertThat(p.pdusPerRack()).isEqualTo(2);
    // 6,075 W x 3.412142 = 20,728.76 BTU/h; below 20 kW
    assertThat(p.worstRackHeatBtuPerHour()).isCloseTo(20_728.76265, offset(1e-6));
    assertThat(p.coolingOk()).isTrue();
    // 160 + 2 x 29.5 + 3 x 11.3 + 23.5 = 160 + 59 + 33.9 + 23.5 = 276.4 kg on 0.72 m2
    // = 383.89 kg/m2; 12 kPa / 9.80665 = 1,223.66 kg/m2
    assertThat(p.worstRackKg()).isCloseTo(276.4, offset(1e-9));
    assertThat(p.worstRackKgPerSquareMetre()).isCloseTo(383.888, offset(1e-3));
    assertThat(p.floorLoadingKgPerSquareMetre()).isCloseTo(1_223.659, offset(1e-3));
    assertThat(p.floorOk()).isTrue();
    // 2 enclosures of 180 under a 146+4 stripe: 1 strip each, 2 <= 4 parity
    assertThat(p.mostDboxesInOneRack()).isEqualTo(2);
    assertThat(p.mostStripsInOneRack()).isEqualTo(2);
    assertThat(p.survivesRackLoss()).isTrue();
    assertThat(p.racksWithoutRackLossRule()).isNull();
  }

  @Test
  void oneRack_belowEachLimit_failsEachCheck() {
    // 230 V x 25 A = 5,750 W < 6,075 W; cooling 6 kW < 6,075 W; 3 kPa = 305.9 kg/m2 < 383.9
    RackRules rules = new RackRules(new RackRules.Feed(230, 25, RackRules.Phase.SINGLE, 1),
        6_000, 3_000, false);
    Physical p = Physical.of(oneRack(), rules, MASSES, new Physical.Stripe(36, 4, 10), null,
        null);
    assertThat(p.feedsOk()).isFalse();
    assertThat(p.coolingOk()).isFalse();
    assertThat(p.floorOk()).isFalse();
    // 36+4 over 10 enclosures: 4 strips each; 2 in the rack hold 8 > 4
    assertThat(p.mostStripsInOneRack()).isEqualTo(8);
    assertThat(p.survivesRackLoss()).isFalse();
  }

  @Test
  void unknownWeight_leavesWeightAndFloorOpen() {
    Physical.Masses m = new Physical.Masses(model -> Double.NaN, 160, 0.72);
    Physical p = Physical.of(oneRack(), new RackRules(FEED_208_3PH, 20_000, 12_000, false), m,
        new Physical.Stripe(146, 4, 180), null, null);
    assertThat(p.worstRackKg()).isNull();
    assertThat(p.floorOk()).isNull();
  }

  @Test
  void rackLoss_stripsPerRack_handWorked() {
    // 146+4 over 180: ceil(150 / 180) = 1 strip on 150 enclosures; a rack of 5 holds 5
    assertThat(RackLoss.mostStrips(150, 180, 5)).isEqualTo(5);
    assertThat(RackLoss.maxEnclosuresPerRack(150, 180, 4)).isEqualTo(4);
    // 146+4 over 100: 2 strips on 150 - 100 = 50 enclosures, 1 on the rest; a rack of 2 holds
    // 2 x 2 = 4, of 3 holds 6; a rack of 60: 60 x 1 + min(60, 50) = 110
    assertThat(RackLoss.mostStrips(150, 100, 2)).isEqualTo(4);
    assertThat(RackLoss.mostStrips(150, 100, 3)).isEqualTo(6);
    assertThat(RackLoss.mostStrips(150, 100, 60)).isEqualTo(110);
    assertThat(RackLoss.maxEnclosuresPerRack(150, 100, 4)).isEqualTo(2);
    // 36+4 over 10 (enclosure rule): 4 strips each, one enclosure per rack at most
    assertThat(RackLoss.mostStrips(40, 10, 1)).isEqualTo(4);
    assertThat(RackLoss.maxEnclosuresPerRack(40, 10, 4)).isEqualTo(1);
    // 146+4 over 10 (drive rule): 15 strips in one enclosure, no rack survives
    assertThat(RackLoss.mostStrips(150, 10, 1)).isEqualTo(15);
    assertThat(RackLoss.maxEnclosuresPerRack(150, 10, 4)).isZero();
    // the whole stripe at most
    assertThat(RackLoss.mostStrips(40, 10, 10)).isEqualTo(40);
  }

  static Design pod(boolean rule, int dboxes) {
    return Design.builder().dbox(C.dbox("dbox-1350"), dboxes).cnode(C.cnode("cnode-gen6"), 450)
        .switchModel(C.switchModel("sn5600")).rack(C.rack("rack-42u"), 12_000)
        .powerBasis(PowerBasis.TYPICAL).capacity(C.capacity()).fabric(C.fabric())
        .surviveRackLoss(rule).build();
  }

  @Test
  void surviveRackLoss_capsEnclosuresPerRack_andCostsRacks() {
    // 180 x 1350-series: 146+4, 1 strip per enclosure, so at most 4 per rack: >= 180 / 4 = 45
    Sizing with = SizingEngine.size(pod(true, 180));
    Sizing without = SizingEngine.size(pod(false, 180));
    assertThat(with.design().maxDboxesPerRack()).isEqualTo(4);
    assertThat(without.racks()).isEqualTo(35);
    assertThat(with.racks()).isEqualTo(45);
    assertThat(with.rackCount().proven()).isTrue();
    RackPlan plan = RackPlanner.plan(with);
    assertThat(plan.racks()).allMatch(r -> r.count(Role.DBOX) <= 4);
    assertThat(plan.count(Role.DBOX)).isEqualTo(180);
  }

  @Test
  void surviveRackLoss_whenOneEnclosureHoldsTooManyStrips_namesTheRule() {
    // 3 x 22 drives = 66 - 4 = 62+4 over 3 enclosures: 22 strips in one enclosure > 4
    assertThatThrownBy(() -> pod(true, 3)).isInstanceOf(InputException.class)
        .hasMessage("surviveRackLoss: a 62+4 stripe over 3 enclosures puts up to 22 strips of a "
            + "stripe in one enclosure, more than its 4 parity strips, so no rack layout "
            + "survives a rack loss; expected more enclosures, failureDomain: enclosure in the "
            + "catalog's capacity, or surviveRackLoss: false");
  }

  @Test
  void bom_ofThePod_countsTheCablingsCables() {
    Sizing z = SizingEngine.size(pod(false, 180));
    Cabling c = Cabling.of(z.design(), RackPlanner.plan(z));
    Bom b = Bom.of(c, 800e9);
    // (450 + 180) x 4 ports of 200 Gb/s = 2,520 lanes, 4 per 800G port: 630 breakout cables;
    // 20 leaves x (64 - 32) uplinks = 640 leaf-spine cables
    assertThat(b.cables()).containsExactly(
        new Bom.Line("breakout 1 x 800G to 4 x 200G", 200e9, 4, 630),
        new Bom.Line("leaf to spine", 800e9, 1, 640));
    // 800G: 630 at the leaves + 2 x 640 uplink ends = 1,910; 200G: 2,520 device ends
    assertThat(b.optics()).containsExactly(new Bom.Optic(800e9, 1_910),
        new Bom.Optic(200e9, 2_520));
    // every link of the cable list is one lane of one BOM cable: 630 x 4 + 640 = 3,160
    assertThat(c.links()).hasSize(3_160);
    assertThat(b.cables().stream().mapToLong(l -> l.count() * l.breakout()).sum())
        .isEqualTo(c.links().size());
    // counted without naming a cable: the same lines and optics
    assertThat(Bom.of(z.design(), RackPlanner.plan(z))).isEqualTo(b);
  }
}
