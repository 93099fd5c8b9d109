package io.exaplan.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.packing.RackPacker;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants over random valid designs (seeded, so a failure reproduces). */
class SizingPropertiesTest {
  static final Catalog C = Catalog.builtIn();
  static final List<String> BOXES = List.of("dbox-1350", "dbox-338", "dense-5400");
  static final List<String> SWITCHES = List.of("sn5600", "sn4600");
  static final int CASES = 3_000;

  static Design random(SplittableRandom r, int boxes, int cnodes) {
    DBoxModel box = C.dbox(BOXES.get(r.nextInt(BOXES.size())));
    double limit = 4_000 + r.nextInt(26_000); // 4-30 kW: above any single device's draw
    return design(box, boxes, cnodes, SWITCHES.get(r.nextInt(SWITCHES.size())), limit,
        r.nextBoolean() ? PowerBasis.TYPICAL : PowerBasis.MAX);
  }

  static Design design(DBoxModel box, int boxes, int cnodes, String sw, double limit,
      PowerBasis basis) {
    return Design.builder().dbox(box, boxes).cnode(C.cnode("cnode-gen6"), cnodes)
        .switchModel(C.switchModel(sw)).rack(C.rack("rack-42u"), limit).powerBasis(basis)
        .capacity(C.capacity()).fabric(C.fabric()).build();
  }

  @Test
  void usable_neverExceedsRaw_andScalesWithBoxesAtScale() {
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < CASES; i++) {
      int boxes = 1 + r.nextInt(2_000);
      Design d = random(r, boxes, 1 + r.nextInt(3_000));
      Sizing z = SizingEngine.size(d);
      assertThat(z.usableBytes()).isLessThanOrEqualTo(z.rawBytes());
      assertThat(z.usableBytes()).isPositive();
      if (boxes * d.dbox().drives() >= 150) {
        // at scale usable is linear in the box count: U(2n) = 2 U(n)
        Sizing twice = SizingEngine.size(design(d.dbox(), boxes * 2, d.cnodes(),
            d.switchModel().id(), d.rackPowerLimitWatts(), d.powerBasis()));
        assertThat(twice.usableBytes()).isCloseTo(2 * z.usableBytes(),
            org.assertj.core.api.Assertions.within(z.usableBytes() * 1e-12));
      }
    }
  }

  @Test
  void throughput_neverFalls_whenCnodesOrBoxesAreAdded() {
    SplittableRandom r = new SplittableRandom(2);
    for (int i = 0; i < CASES; i++) {
      Design d = random(r, 1 + r.nextInt(1_000), 1 + r.nextInt(2_000));
      Sizing z = SizingEngine.size(d);
      Sizing moreC = SizingEngine.size(design(d.dbox(), d.dboxes(), d.cnodes() + 1 + r.nextInt(50),
          d.switchModel().id(), d.rackPowerLimitWatts(), d.powerBasis()));
      Sizing moreD = SizingEngine.size(design(d.dbox(), d.dboxes() + 1 + r.nextInt(50), d.cnodes(),
          d.switchModel().id(), d.rackPowerLimitWatts(), d.powerBasis()));
      for (Sizing more : List.of(moreC, moreD)) {
        assertThat(more.readBytesPerSec()).isGreaterThanOrEqualTo(z.readBytesPerSec());
        assertThat(more.writeBytesPerSec()).isGreaterThanOrEqualTo(z.writeBytesPerSec());
        assertThat(more.usableBytes()).isGreaterThanOrEqualTo(z.usableBytes());
      }
      assertThat(z.readBytesPerSec()).isEqualTo(Math.min(z.frontendReadBytesPerSec(),
          Math.min(z.mediaReadBytesPerSec(), z.networkReadBytesPerSec())));
    }
  }

  @Test
  void racks_atLeastBothBounds_andAnExplicitPlacementFitsEveryRack() {
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < CASES; i++) {
      Design d = random(r, 1 + r.nextInt(1_000), 1 + r.nextInt(2_000));
      Sizing z = SizingEngine.size(d);
      assertThat((long) z.racks()).isGreaterThanOrEqualTo(
          Math.max(z.spaceBoundRacks(), z.powerBoundRacks()));
      assertThat((long) z.racks()).isGreaterThanOrEqualTo(z.lowerBoundRacks());
      // the bounds themselves, recomputed from totals
      assertThat(z.spaceBoundRacks()).isEqualTo(
          (z.rackUnits() + d.rack().usableUnits() - 1) / d.rack().usableUnits());
      assertThat(z.powerBoundRacks() * d.rackPowerLimitWatts())
          .isGreaterThanOrEqualTo(z.packedWatts() - 1e-6);
      assertPlacementFits(d, z);
    }
  }

  /**
   * The engine's placement, checked independently of the layout package's own checks: exactly
   * z.racks() racks, every device placed once, each rack's units (catalog RU x count) and watts
   * (catalog draw on the design's basis x count) within the rack.
   */
  static void assertPlacementFits(Design d, Sizing z) {
    int[][] p = RackPacker.place(SizingEngine.shape(d), z.rackCount(),
        d.dboxes(), d.cnodes(), z.switches());
    assertThat(p).hasNumberOfRows(z.racks());
    int[] ru = {d.dbox().rackUnits(), d.cnode().rackUnits(), d.switchModel().rackUnits()};
    double[] draw = {d.watts(d.dbox().powerTypicalWatts(), d.dbox().powerMaxWatts()),
        d.watts(d.cnode().powerTypicalWatts(), d.cnode().powerMaxWatts()),
        d.watts(d.switchModel().powerTypicalWatts(), d.switchModel().powerMaxWatts())};
    int[] sum = new int[3];
    for (int i = 0; i < p.length; i++) {
      int units = 0;
      double watts = 0;
      for (int t = 0; t < 3; t++) {
        units += p[i][t] * ru[t];
        watts += p[i][t] * draw[t];
        sum[t] += p[i][t];
      }
      assertThat(units).as("rack %d units", i).isLessThanOrEqualTo(d.rack().usableUnits());
      assertThat(watts).as("rack %d watts", i).isLessThanOrEqualTo(d.rackPowerLimitWatts() + 1e-6);
    }
    assertThat(sum).containsExactly(d.dboxes(), d.cnodes(), z.switches());
  }

  @Test
  void moreRackPower_neverNeedsMoreRacks() {
    SplittableRandom r = new SplittableRandom(4);
    for (int i = 0; i < CASES; i++) {
      Design d = random(r, 1 + r.nextInt(500), 1 + r.nextInt(1_000));
      Sizing z = SizingEngine.size(d);
      Sizing roomier = SizingEngine.size(design(d.dbox(), d.dboxes(), d.cnodes(),
          d.switchModel().id(), d.rackPowerLimitWatts() * 1.5, d.powerBasis()));
      assertThat(roomier.powerBoundRacks()).isLessThanOrEqualTo(z.powerBoundRacks());
      // the rack count that fitted under the tighter limit still fits, and the search starts
      // below it, so the engine never answers more racks
      assertThat(roomier.racks()).isLessThanOrEqualTo(z.racks());
    }
  }

  @Test
  void racks_moreDevices_neverFewerRacks() {
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < CASES; i++) {
      Design d = random(r, 1 + r.nextInt(500), 1 + r.nextInt(1_000));
      Sizing z = SizingEngine.size(d);
      int moreBoxes = d.dboxes() + 1 + r.nextInt(5);
      int moreNodes = d.cnodes() + 1 + r.nextInt(5);
      Sizing moreD = SizingEngine.size(design(d.dbox(), moreBoxes, d.cnodes(),
          d.switchModel().id(), d.rackPowerLimitWatts(), d.powerBasis()));
      Sizing moreC = SizingEngine.size(design(d.dbox(), d.dboxes(), moreNodes,
          d.switchModel().id(), d.rackPowerLimitWatts(), d.powerBasis()));
      assertThat(moreD.racks()).isGreaterThanOrEqualTo(z.racks());
      assertThat(moreC.racks()).isGreaterThanOrEqualTo(z.racks());
    }
  }
}
