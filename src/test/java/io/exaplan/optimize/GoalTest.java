package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pruning rests on two facts about {@link Goal#bound}; these tests check both. */
class GoalTest {

  @Test
  void bound_randomDesigns_neverExceedsTheScore() {
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 2000; i++) {
      Candidate c = SmallSpace.ALL.get(r.nextInt(SmallSpace.ALL.size()));
      Goal g = OptimizerTest.randomGoal(r);
      assertThat(g.bound(c.sizing()).compareTo(g.score(c.sizing()))).isLessThanOrEqualTo(0);
    }
  }

  @Test
  void bound_moreDevices_neverDecreasesInAnyComponent() {
    SplittableRandom r = new SplittableRandom(4);
    List<Group> groups = SmallSpace.SPACE.groups();
    for (int i = 0; i < 3000; i++) {
      Group g = groups.get(r.nextInt(groups.size()));
      int n = 2 + r.nextInt(300);
      int k = 1 + r.nextInt(300);
      int n2 = n + r.nextInt(30);
      int k2 = k + r.nextInt(30);
      Sizing a = SizingEngine.size(SmallSpace.SPACE.design(g, n, k));
      Sizing b = SizingEngine.size(SmallSpace.SPACE.design(g, n2, k2));
      assertThat(Goal.racksBound(b)).isGreaterThanOrEqualTo(Goal.racksBound(a));
      assertThat(b.packedWatts()).isGreaterThanOrEqualTo(a.packedWatts());
      assertThat(b.rackUnits()).isGreaterThanOrEqualTo(a.rackUnits());
    }
  }

  @Test
  void score_weighted_addsRacksKilowattsAndUnits() {
    // 2 per rack, 0.5 per kW, 0.1 per U: 10 racks, 12,000 W, 300 U -> 20 + 6 + 30 = 56.
    Goal g = new Goal(Objective.WEIGHTED, 2, 0.5, 0.1);
    assertThat(g.at(10, 12_000, 300)).isEqualTo(new Score(56, 10, 12_000));
  }

  @Test
  void score_kw_ordersByPowerThenRacksThenUnits() {
    assertThat(Goal.of(Objective.KW).at(10, 12_000, 300)).isEqualTo(new Score(12_000, 10, 300));
    assertThat(Goal.of(Objective.RU).at(10, 12_000, 300)).isEqualTo(new Score(300, 10, 12_000));
    assertThat(Goal.of(Objective.RACKS).at(10, 12_000, 300))
        .isEqualTo(new Score(10, 12_000, 300));
  }
}
