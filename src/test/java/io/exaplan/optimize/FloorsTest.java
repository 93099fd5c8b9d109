package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import io.exaplan.durability.DurabilityEngine;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.PowerBasis;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The C:D floor, durability floor and rebuild ceiling in the optimiser (issue 14, item 3). */
class FloorsTest {
  @Test
  void minCnodes_roundsUpHalfPerEnclosure() {
    Floors f = new Floors(0.5, 0, Double.POSITIVE_INFINITY, null);
    // 210 x 0.5 = 105; 211 x 0.5 = 105.5 -> 106; 1 x 0.5 -> 1
    assertThat(f.minCnodes(210)).isEqualTo(105);
    assertThat(f.minCnodes(211)).isEqualTo(106);
    assertThat(f.minCnodes(1)).isEqualTo(1);
    assertThat(Floors.NONE.minCnodes(500)).isEqualTo(1);
  }

  @Test
  void search_cdFloor_everyDesignHasHalfAsManyCnodes() {
    // SmallSpace with only a capacity target needs 1 C-node (the fewest); with C:D >= 3 the
    // best has k >= 3n, and the floor is what binds
    Targets t = Targets.usable(100e12).withFloors(new Floors(3, 0,
        Double.POSITIVE_INFINITY, null));
    Search r = Optimizer.search(SmallSpace.SPACE, t, Goal.of(Objective.RACKS));
    assertThat(r.best().cnodes()).isGreaterThanOrEqualTo(3 * r.best().dboxes());
    Search free = Optimizer.search(SmallSpace.SPACE, Targets.usable(100e12),
        Goal.of(Objective.RACKS));
    assertThat(free.best().cnodes()).isLessThan(3 * free.best().dboxes());
    assertThat(r.binding()).contains("C:D floor binds");
  }

  @Test
  void search_builtIn_meetsFloors_andNamesDurability() {
    Scenario s = Scenario.builtIn();
    Catalog c = Catalog.builtIn();
    // the pre-floor optimum (210 dense + 39 C-nodes, 2.6 nines, 225 h enclosure rebuild) is
    // turned away; whatever wins meets 6 nines and a 24 h rebuild
    Targets t = new Targets(s.targetUsableBytes(), 0, 505e9, null, false, Floors.of(s, c));
    Search r = Optimizer.search(SearchSpace.of(s, c), t, Goal.of(Objective.RACKS));
    assertThat(t.metBy(r.best().sizing())).isTrue();
    assertThat(r.best().cnodes() * 2).isGreaterThanOrEqualTo(r.best().dboxes());
    assertThat(r.binding()).contains("durability floor binds");
  }

  @Test
  void floorFigures_randomDesigns_dependNeitherOnTheSwitchNorOnTheRackPowerLimit() {
    // what lets Floors remember a design's figures across the search's switch and rack power
    // groups: the same enclosures and C-nodes under another switch and limit, the same figures
    Catalog c = Catalog.builtIn();
    SplittableRandom rng = new SplittableRandom(30);
    List<DBoxModel> boxes = new ArrayList<>(c.dboxes().values());
    List<SwitchModel> switches = new ArrayList<>(c.switches().values());
    CNodeModel cn = c.cnode("cnode-gen6");
    int compared = 0;
    for (int i = 0; i < 200; i++) {
      DBoxModel box = boxes.get(rng.nextInt(boxes.size()));
      int n = 1 + rng.nextInt(3_000);
      int k = 1 + rng.nextInt(3_000);
      Sizing a = sized(c, box, n, cn, k, switches.get(rng.nextInt(switches.size())),
          8e3 + rng.nextInt(40) * 1e3);
      Sizing b = sized(c, box, n, cn, k, switches.get(rng.nextInt(switches.size())),
          8e3 + rng.nextInt(40) * 1e3);
      if (a == null || b == null) {
        continue;
      }
      compared++;
      assertThat(DurabilityEngine.floor(b, c.durability()))
          .as(n + " x " + box.id() + " + " + k + " C-nodes")
          .isEqualTo(DurabilityEngine.floor(a, c.durability()));
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void known_afterAnotherRackPowerLimitsCheck_isTrue() {
    Catalog c = Catalog.builtIn();
    Floors f = Floors.of(Scenario.builtIn(), c);
    Floors.forget();
    DBoxModel box = c.dboxes().values().iterator().next();
    CNodeModel cn = c.cnode("cnode-gen6");
    SwitchModel sw = c.switches().values().iterator().next();
    Sizing at12 = sized(c, box, 210, cn, 300, sw, 12e3);
    Sizing at20 = sized(c, box, 210, cn, 300, sw, 20e3);
    assertThat(f.known(at20)).isFalse();
    boolean meets = f.meets(at12);
    assertThat(f.known(at20)).isTrue();
    assertThat(f.meets(at20)).isEqualTo(meets);
    assertThat(f.known(sized(c, box, 211, cn, 300, sw, 20e3))).isFalse();
  }

  private static Sizing sized(Catalog c, DBoxModel box, int n, CNodeModel cn, int k,
      SwitchModel sw, double rackWatts) {
    try {
      return SizingEngine.size(Design.builder().dbox(box, n).cnode(cn, k).switchModel(sw)
          .rack(c.rack("rack-42u"), rackWatts).powerBasis(PowerBasis.TYPICAL)
          .capacity(c.capacity()).fabric(c.fabric()).build());
    } catch (InputException e) {
      return null; // no such design (a device over the limit, too many leaves): nothing to compare
    }
  }
}
