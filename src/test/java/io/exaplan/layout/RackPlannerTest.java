package io.exaplan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.PowerBasis;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RackPlannerTest {
  private static final Catalog C = Catalog.builtIn();
  private static final Scenario S = Scenario.builtIn();

  private static Sizing pod() {
    return SizingEngine.size(Options.design(S, C, C.dbox("dbox-1350"), 180, 450));
  }

  @Test
  void plan_ncpPod_usesEngineRacksAndEveryDevice() {
    RackPlan p = RackPlanner.plan(pod());
    // Engine: 417.9 kW typical / 12 kW -> 35 racks, met by the layout engine (docs/model.md).
    assertThat(p.racks()).hasSize(35);
    assertThat(p.count(Role.DBOX)).isEqualTo(180);
    assertThat(p.count(Role.CNODE)).isEqualTo(450);
    // Port demand (450 + 180) x 4 x 200 Gb/s / 800 Gb/s = 630; 32 down per leaf -> 20 leaves;
    // spines ceil(20 x 32 / 64) = 10.
    assertThat(p.count(Role.LEAF)).isEqualTo(20);
    assertThat(p.count(Role.SPINE)).isEqualTo(10);
    // 180 x 1U + 450 x 1U + 30 x 2U = 690 U; 180 x 700 + 450 x 550 + 30 x 1480 W = 417.9 kW.
    assertThat(p.usedU()).isEqualTo(690);
    assertThat(p.watts()).isCloseTo(417_900, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void plan_ncpPod_switchesOnTopEnclosuresAtBottom() {
    for (Rack r : RackPlanner.plan(pod()).racks()) {
      int lowestSwitch = Integer.MAX_VALUE;
      int highestOther = 0;
      int lowestCnode = Integer.MAX_VALUE;
      int highestDbox = 0;
      for (Device d : r.devices()) {
        boolean sw = d.role() == Role.LEAF || d.role() == Role.SPINE;
        if (sw) {
          lowestSwitch = Math.min(lowestSwitch, d.position());
        } else {
          highestOther = Math.max(highestOther, d.top());
        }
        if (d.role() == Role.CNODE) {
          lowestCnode = Math.min(lowestCnode, d.position());
        }
        if (d.role() == Role.DBOX) {
          highestDbox = Math.max(highestDbox, d.top());
        }
      }
      assertThat(highestOther).isLessThan(lowestSwitch);
      assertThat(highestDbox).isLessThan(lowestCnode);
      // The first switch sits just below the 2 reserved units: U39-U40 of 42.
      if (lowestSwitch != Integer.MAX_VALUE) {
        assertThat(r.devices().get(0).top()).isEqualTo(40);
      }
      // Enclosures start at U1.
      assertThat(r.devices().get(r.devices().size() - 1).position()).isEqualTo(1);
    }
  }

  @Test
  void plan_ncpPod_spinesInTheMiddleOfTheRow() {
    List<Integer> spineRacks = new ArrayList<>();
    for (Rack r : RackPlanner.plan(pod()).racks()) {
      if (r.count(Role.SPINE) > 0) {
        spineRacks.add(r.number());
      }
    }
    // 35 racks, middle is R18; 30 racks hold one switch each (R03-R32, the middle of the row),
    // and the 10 switch slots nearest R18 are in R13-R22.
    assertThat(spineRacks).containsExactly(13, 14, 15, 16, 17, 18, 19, 20, 21, 22);
  }

  @Test
  void plan_ncpPod_layoutsGroupEveryRackOnce() {
    RackPlan p = RackPlanner.plan(pod());
    int total = 0;
    for (RackPlan.Layout l : p.layouts()) {
      total += l.rackNumbers().size();
      for (int n : l.rackNumbers()) {
        assertThat(p.racks().get(n - 1).layoutKey()).isEqualTo(l.example().layoutKey());
      }
    }
    assertThat(total).isEqualTo(35);
    assertThat(p.ranges(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("R01-R03, R05, R07, R08");
  }

  /** Property: over random designs, no rack exceeds its units or power and nothing is lost. */
  @Test
  void plan_randomDesigns_withinLimitsAndCountsPreserved() {
    SplittableRandom rnd = new SplittableRandom(20251030);
    List<DBoxModel> boxes = new ArrayList<>(C.dboxes().values());
    List<SwitchModel> switches = new ArrayList<>(C.switches().values());
    for (int i = 0; i < 3000; i++) {
      DBoxModel box = boxes.get(rnd.nextInt(boxes.size()));
      SwitchModel sw = switches.get(rnd.nextInt(switches.size()));
      PowerBasis basis = rnd.nextBoolean() ? PowerBasis.TYPICAL : PowerBasis.MAX;
      double biggest = Math.max(Math.max(box.powerMaxWatts(), sw.powerMaxWatts()),
          C.cnode("cnode-gen6").powerMaxWatts());
      double limit = biggest + rnd.nextDouble() * 40_000;
      Design d = Design.builder().dbox(box, 1 + rnd.nextInt(400))
          .cnode(C.cnode("cnode-gen6"), 1 + rnd.nextInt(800)).switchModel(sw)
          .rack(C.rack("rack-42u"), limit).powerBasis(basis).capacity(C.capacity())
          .fabric(C.fabric()).build();
      Sizing z = SizingEngine.size(d);
      RackPlan p = RackPlanner.plan(z);
      assertThat(p.racks()).hasSize(z.racks());
      assertThat(p.count(Role.DBOX)).isEqualTo(d.dboxes());
      assertThat(p.count(Role.CNODE)).isEqualTo(d.cnodes());
      assertThat(p.count(Role.LEAF)).isEqualTo(z.leafSwitches());
      assertThat(p.count(Role.SPINE)).isEqualTo(z.spineSwitches());
      for (Rack r : p.racks()) {
        assertThat(r.usedU()).as("case %d rack %d units", i, r.number())
            .isLessThanOrEqualTo(r.usableU());
        assertThat(r.watts()).as("case %d rack %d watts", i, r.number())
            .isLessThanOrEqualTo(limit + 1e-6);
        boolean[] taken = new boolean[r.usableU() + 1];
        for (Device dev : r.devices()) {
          assertThat(dev.position()).isGreaterThanOrEqualTo(1);
          assertThat(dev.top()).isLessThanOrEqualTo(r.usableU());
          for (int u = dev.position(); u <= dev.top(); u++) {
            assertThat(taken[u]).as("case %d rack %d U%d used twice", i, r.number(), u).isFalse();
            taken[u] = true;
          }
        }
      }
    }
  }
}
