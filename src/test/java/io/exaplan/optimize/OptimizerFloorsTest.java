package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.DurabilityModel;
import io.exaplan.config.InputException;
import io.exaplan.durability.DurabilityEngine;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The optimiser with durability floors and rebuild ceilings against a full scan of
 * {@link SmallSpace}: the galloping search for the fewest durable C-nodes finds what a linear
 * scan finds, and the search under random floors returns the scan's first least-scoring design
 * that meets them.
 */
class OptimizerFloorsTest {
  /** The catalog's rebuild model (docs/model.md, "Durability and rebuild"). */
  static final DurabilityModel DURABILITY = new DurabilityModel("durability", 0.01, 0.01, 0.25,
      0.25, 10, Map.of());

  /** Nines and longest rebuild of every design of the small space, in its order. */
  static final List<DurabilityEngine.Floor> FLOORS = SmallSpace.ALL.stream()
      .map(c -> DurabilityEngine.floor(c.sizing(), DURABILITY)).toList();

  /** Floors from none to strict: C:D 0 to 1, 0 to 12 nines, a rebuild ceiling or none. */
  static Floors randomFloors(SplittableRandom r) {
    double cd = r.nextInt(3) == 0 ? 0 : r.nextDouble();
    double nines = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 12;
    double rebuild = r.nextInt(3) == 0 ? Double.POSITIVE_INFINITY
        : 3600 * (1 + r.nextDouble() * 500);
    return new Floors(cd, nines, rebuild, DURABILITY);
  }

  @Test
  void kDurable_randomFloors_isTheLinearScansLeastDurableCount() {
    SplittableRandom r = new SplittableRandom(21);
    SearchSpace sp = SmallSpace.SPACE;
    int found = 0;
    int none = 0;
    for (int i = 0; i < 300; i++) {
      Targets t = Targets.usable(1e12).withFloors(randomFloors(r));
      Group g = sp.groups().get(r.nextInt(sp.groups().size()));
      int n = 1 + r.nextInt(sp.maxDboxes());
      int kFrom = 1 + r.nextInt(sp.maxCnodes());
      int linear = -1;
      for (int k = kFrom; k <= sp.maxCnodes() && linear < 0; k++) {
        Sizing z = sized(sp, g, n, k);
        if (z != null && t.floors().meets(z)) {
          linear = k;
        }
      }
      found += linear >= 0 ? 1 : 0;
      none += linear < 0 ? 1 : 0;
      assertThat(Optimizer.kDurable(sp, g, n, kFrom, t, z -> false, new Budget(Long.MAX_VALUE)))
          .as("case %d: %s n=%d from %d, %s", i, g.label(), n, kFrom, t.floors()).isEqualTo(linear);
      // a stop at a rack count: -1 is allowed only when the least durable design is past it
      long stop = 1 + r.nextInt(12);
      Predicate<Sizing> hopeless = z -> Goal.racksBound(z) > stop;
      int capped = Optimizer.kDurable(sp, g, n, kFrom, t, hopeless, new Budget(Long.MAX_VALUE));
      if (capped != linear) {
        assertThat(capped).as("case %d", i).isEqualTo(-1);
        assertThat(hopeless.test(sized(sp, g, n, linear))).as("case %d", i).isTrue();
      }
    }
    assertThat(found).as("cases with a durable count").isGreaterThan(50);
    assertThat(none).as("cases with none").isGreaterThan(20);
  }

  @Test
  void search_randomFloors_returnsTheBruteForceOptimum() {
    SplittableRandom r = new SplittableRandom(22);
    int feasible = 0;
    for (int i = 0; i < 200; i++) {
      Targets t = OptimizerTest.randomTargets(r).withFloors(randomFloors(r));
      Goal goal = OptimizerTest.randomGoal(r);
      Candidate expected = null;
      Floors f = t.floors();
      for (int j = 0; j < SmallSpace.ALL.size(); j++) {
        Candidate c = SmallSpace.ALL.get(j);
        DurabilityEngine.Floor d = FLOORS.get(j);
        // Targets.metBy's rules, on each design's nines and rebuild worked out once
        if (SmallSpace.feasible(c, t) && c.cnodes() >= f.minCnodes(c.dboxes())
            && !(d.nines() < f.minNines()) && !(d.longestRebuildSeconds() > f.maxRebuildSeconds())) {
          Score s = goal.score(c.sizing());
          if (expected == null || s.compareTo(expected.score()) < 0) {
            expected = new Candidate(c.group(), c.dboxes(), c.cnodes(), c.sizing(), s);
          }
        }
      }
      Search s = Optimizer.search(SmallSpace.SPACE, t, goal);
      if (expected == null) {
        assertThat(s.best()).as("case %d %s", i, t).isNull();
        continue;
      }
      feasible++;
      assertThat(List.of(s.best().group().index(), s.best().dboxes(), s.best().cnodes()))
          .as("case %d %s %s", i, t, goal)
          .isEqualTo(List.of(expected.group().index(), expected.dboxes(), expected.cnodes()));
    }
    assertThat(feasible).as("enough feasible cases to mean something").isGreaterThan(40);
  }

  @Test
  void search_betterDesignFailsTheFloorAtEveryCount_namesTheFloor() {
    // box-a (8 x 10 TB) at 2 PB usable needs more enclosures than box-b (16 x 20 TB); with 40
    // nines no design passes at any C-node count, so every row's fewest-C-node design is turned
    // away and the binding names the floor (before, a row with no durable count was skipped
    // without being remembered, and the binding was null)
    Targets t = Targets.usable(2e15).withFloors(new Floors(0, 40, Double.POSITIVE_INFINITY,
        DURABILITY));
    Search s = Optimizer.search(SmallSpace.SPACE, t, Goal.of(Objective.RACKS));
    assertThat(s.best()).isNull();
    assertThat(s.binding()).startsWith("no design meets the floors; the best turned away, ")
        .contains("misses: durability");
  }

  private static Sizing sized(SearchSpace sp, Group g, int n, int k) {
    try {
      return SizingEngine.size(sp.design(g, n, k));
    } catch (InputException e) {
      return null;
    }
  }
}
