package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
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
}
