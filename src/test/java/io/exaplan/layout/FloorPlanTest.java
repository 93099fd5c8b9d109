package io.exaplan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FloorPlan#place}: network racks central, storage racks in rows, by hand. */
class FloorPlanTest {
  private static final Catalog C = Catalog.builtIn();
  private static final Scenario S = Scenario.builtIn();
  private static final Hall NINE_BY_FIFTEEN = new Hall(9, 15, Hall.Aisle.COLD, null, List.of());

  private static RackPlan pod() {
    return RackPlanner.plan(SizingEngine.size(Options.design(S, C, C.dbox("dbox-1350"), 180,
        450)));
  }

  private static RackPlan oneEb() {
    // ncp-1eb as compare sizes it: 837 dbox-1350 and 2,093 C-nodes (162 racks at 12 kW)
    return RackPlanner.plan(SizingEngine.size(Options.design(S, C, C.dbox("dbox-1350"), 837,
        2093)));
  }

  @Test
  void place_pod_networkRacksInTheMiddleOfTheNetworkRow() {
    RackPlan p = pod();
    FloorPlan f = FloorPlan.place(NINE_BY_FIFTEEN, p);
    // 35 racks in 135 positions: all placed. 10 spines, one per rack (RackPlanner) -> 10
    // network racks. Centre row (9 + 1) / 2 = 5, centre position (15 + 1) / 2 = 8; nearest 10
    // positions of row 5: |p - 8| <= 4 gives 4..12 (9), then 3 and 13 tie at 5: 3 (lower).
    assertThat(f.fits()).isTrue();
    assertThat(f.spots()).hasSize(35);
    List<Integer> network = new ArrayList<>();
    for (FloorPlan.Spot s : f.spots()) {
      if (s.network()) {
        assertThat(s.row()).isEqualTo(5);
        network.add(s.position());
      }
    }
    assertThat(network).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    // The other 25: row 5's 1, 2, 13, 14, 15 (5), all of row 4 (15), row 6's 1-5 (5).
    assertThat(f.row(5)).hasSize(15);
    assertThat(f.row(4)).hasSize(15);
    assertThat(f.row(6)).extracting(FloorPlan.Spot::position).containsExactly(1, 2, 3, 4, 5);
    assertThat(f.row(3)).isEmpty();
    // Network racks go along the row in rack order.
    List<FloorPlan.Spot> row5 = f.row(5);
    int last = 0;
    for (FloorPlan.Spot s : row5) {
      if (s.network()) {
        assertThat(s.rack()).isGreaterThan(last);
        last = s.rack();
      }
    }
  }

  @Test
  void place_tooManyRacks_leavesTheRestUnplaced() {
    RackPlan p = oneEb();
    int racks = p.racks().size();
    FloorPlan f = FloorPlan.place(NINE_BY_FIFTEEN, p);
    // 162 racks, 135 positions: 27 left over, every position taken.
    assertThat(racks).isEqualTo(162);
    assertThat(f.fits()).isFalse();
    assertThat(f.unplaced()).isEqualTo(27);
    assertThat(f.spots()).hasSize(135);
  }

  @Test
  void place_reservedAndNetworkRow_areHonoured() {
    Hall h = new Hall(3, 4, Hall.Aisle.COLD, 1, List.of(new Hall.Position(1, 2)));
    RackPlan p = pod();
    FloorPlan f = FloorPlan.place(h, p);
    // 11 positions for 35 racks: 24 unplaced; the 10 network racks are asked first, so they
    // take the 10 positions nearest row 1, position 2.5: row 1's 3, 1, 4 (2 is reserved), then
    // row 2's 2, 3, 1, 4, then row 3's 2, 3, 1; the one storage rack left gets row 3, 4.
    assertThat(f.unplaced()).isEqualTo(24);
    assertThat(f.spots()).noneMatch(s -> s.row() == 1 && s.position() == 2);
    assertThat(f.spots().stream().filter(FloorPlan.Spot::network).count()).isEqualTo(10);
    assertThat(f.spots()).filteredOn(s -> !s.network()).extracting(FloorPlan.Spot::row,
        FloorPlan.Spot::position).containsExactly(org.assertj.core.groups.Tuple.tuple(3, 4));
  }

  @Test
  void place_sameInput_sameFloor() {
    assertThat(FloorPlan.place(NINE_BY_FIFTEEN, pod()))
        .isEqualTo(FloorPlan.place(NINE_BY_FIFTEEN, pod()));
  }
}
