package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.packing.RackLoss;
import io.exaplan.sizing.Sizing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimiser under the rack-loss rule ({@code surviveRackLoss}) against a full scan of
 * {@link SmallSpace} with every design sized under the rule: the same answer, a bound below every
 * feasible design and an exact front, although the rack count is not monotone in enclosures.
 */
class OptimizerRackLossTest {
  private static final SearchSpace RULE = SmallSpace.SPACE.withRackLossRule(true);
  private static final List<Candidate> ALL = SmallSpace.sizeAll(RULE);

  @Test
  void space_scenarioRule_isTheSearchSpacesRule(@TempDir Path dir) throws Exception {
    // optimize and sites build their space from the scenario: surviveRackLoss: true reaches
    // every design they size (before, the space dropped it and a 30 kW optimum of 210 dense
    // enclosures was printed at 21 racks, survivesRackLoss false; under the rule, 1 strip of the
    // 146+4 stripe per enclosure lets a rack hold 4: ceil(210 / 4) = 53 racks)
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "surviveRackLoss: true\nrackPowerLimit: 30 kW\n");
    Catalog c = Catalog.builtIn();
    SearchSpace sp = SearchSpace.of(Scenario.load(f, c), c);
    assertThat(sp.surviveRackLoss()).isTrue();
    Group dense = sp.groups().stream().filter(g -> g.dbox().id().equals("dense-5400"))
        .findFirst().orElseThrow();
    assertThat(sp.design(dense, 210, 366).maxDboxesPerRack()).isEqualTo(4);
    assertThat(io.exaplan.sizing.SizingEngine.size(sp.design(dense, 210, 366)).racks())
        .isEqualTo(53);
    assertThat(SearchSpace.of(Scenario.builtIn(), c).surviveRackLoss()).isFalse();
    assertThat(sp.withCaps(10, 10).withDboxes(List.of(dense.dbox())).surviveRackLoss()).isTrue();
  }

  @Test
  void rule_racksFallAsEnclosuresAreAdded() {
    // A 20+4 stripe (width 24) over 10 enclosures: ceil(24 / 10) = 3 strips on the 24 - 2 x 10
    // = 4 fullest, so a rack of 2 holds 2 x 2 + min(2, 4) = 6 > 4 parity: 1 enclosure per rack.
    // Over 12: 2 strips each, a rack of a holds 2a <= 4, so 2 per rack. More enclosures, fewer
    // racks: a walk over n may not stop at the first n whose racks are too many.
    assertThat(RackLoss.maxEnclosuresPerRack(24, 10, 4)).isEqualTo(1);
    assertThat(RackLoss.maxEnclosuresPerRack(24, 12, 4)).isEqualTo(2);
    boolean falls = false;
    for (Candidate a : ALL) {
      for (Candidate b : ALL) {
        falls |= a.group() == b.group() && b.cnodes() == a.cnodes()
            && b.dboxes() == a.dboxes() + 1 && b.sizing().racks() < a.sizing().racks();
      }
    }
    assertThat(falls).as("some design needs fewer racks with one more enclosure").isTrue();
  }

  @Test
  void search_ruleOnSmallSpace_returnsTheBruteForceOptimum() {
    SplittableRandom r = new SplittableRandom(21);
    int feasible = 0;
    for (int i = 0; i < 300; i++) {
      Targets t = OptimizerTest.randomTargets(r);
      Goal g = OptimizerTest.randomGoal(r);
      Candidate expected = bruteForce(t, g);
      Search s = Optimizer.search(RULE, t, g);
      if (expected == null) {
        assertThat(s.best()).as("case %d %s", i, t).isNull();
        continue;
      }
      feasible++;
      assertThat(s.best()).as("case %d %s %s", i, t, g).isNotNull();
      assertThat(s.best().score()).as("case %d %s %s", i, t, g).isEqualTo(expected.score());
      assertThat(List.of(s.best().group().index(), s.best().dboxes(), s.best().cnodes()))
          .as("case %d %s %s", i, t, g)
          .isEqualTo(List.of(expected.group().index(), expected.dboxes(), expected.cnodes()));
      // the design it returns is sized under the rule
      assertThat(s.best().sizing().design().surviveRackLoss()).isTrue();
      // the lower bound is below every feasible design under the rule
      for (Candidate c : ALL) {
        if (SmallSpace.feasible(c, t)) {
          assertThat(s.lowerBound().racks()).as("case %d", i)
              .isLessThanOrEqualTo(c.sizing().racks());
        }
      }
    }
    assertThat(feasible).as("enough feasible cases to mean something").isGreaterThan(100);
  }

  @Test
  void pareto_ruleOnSmallSpace_isTheBestWriteOfEveryRackBudget() {
    SplittableRandom r = new SplittableRandom(22);
    int points = 0;
    for (int i = 0; i < 100; i++) {
      Targets t = OptimizerTest.randomTargets(r);
      int cap = 1 + r.nextInt(40);
      Front f = Optimizer.pareto(RULE, t, cap);
      int limit = Math.min(cap, t.maxRacks() == null ? cap : t.maxRacks());
      for (int budget = 1; budget <= limit; budget++) {
        Score expected = null;
        for (Candidate c : ALL) {
          if (SmallSpace.feasible(c, t) && c.sizing().racks() <= budget) {
            Score k = key(c.sizing());
            expected = expected == null || k.compareTo(expected) < 0 ? k : expected;
          }
        }
        Score got = null;
        for (Candidate p : f.points()) {
          if (p.sizing().racks() <= budget) {
            got = key(p.sizing());
          }
        }
        assertThat(got).as("case %d budget %d", i, budget).isEqualTo(expected);
      }
      points += f.points().size();
    }
    assertThat(points).as("fronts with points").isGreaterThan(50);
  }

  private static Score key(Sizing z) {
    return new Score(-z.writeBytesPerSec(), z.packedWatts(), -z.usableBytes());
  }

  /** The first design in enumeration order with the least score, every design under the rule. */
  private static Candidate bruteForce(Targets t, Goal goal) {
    Candidate best = null;
    for (Candidate c : ALL) {
      if (SmallSpace.feasible(c, t)) {
        Score s = goal.score(c.sizing());
        if (best == null || s.compareTo(best.score()) < 0) {
          best = new Candidate(c.group(), c.dboxes(), c.cnodes(), c.sizing(), s);
        }
      }
    }
    return best;
  }
}
