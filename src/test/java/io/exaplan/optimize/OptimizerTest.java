package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.exaplan.sizing.Sizing;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The optimiser against a full scan of {@link SmallSpace} (every design sized by the engine):
 * same answer, a bound that never exceeds any feasible design, monotone in the targets, and an
 * exact, non-dominated Pareto front. Seeded, a few hundred random target sets each.
 */
class OptimizerTest {
  private static final int CASES = 400;

  /** Targets spread so that some are easy, some need many devices, some are infeasible. */
  static Targets randomTargets(SplittableRandom r) {
    // Largest usable in the space: 40 x box-b = 40 x 16 x 20 TB x (20/24 - 0.05) = 10.03 PB.
    double usable = (0.01 + r.nextDouble() * 0.9) * 10e15;
    double read = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 500e9;
    double write = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 110e9;
    Integer maxRacks = r.nextInt(4) == 0 ? 2 + r.nextInt(30) : null;
    return new Targets(usable, read, write, maxRacks, r.nextInt(5) == 0);
  }

  static Goal randomGoal(SplittableRandom r) {
    Objective o = Objective.values()[r.nextInt(4)];
    return o == Objective.WEIGHTED
        ? new Goal(o, r.nextInt(4), r.nextDouble() * 2, r.nextInt(3) * 0.1) : Goal.of(o);
  }

  @Test
  void search_randomTargetsOnSmallSpace_returnsTheBruteForceOptimum() {
    SplittableRandom r = new SplittableRandom(8);
    int feasible = 0;
    for (int i = 0; i < CASES; i++) {
      Targets t = randomTargets(r);
      Goal g = randomGoal(r);
      Candidate expected = SmallSpace.bruteForce(t, g);
      Search s = Optimizer.search(SmallSpace.SPACE, t, g);
      if (expected == null) {
        assertThat(s.best()).as("case %d %s", i, t).isNull();
        continue;
      }
      feasible++;
      assertThat(List.of(s.best().group().index(), s.best().dboxes(), s.best().cnodes()))
          .as("case %d %s %s", i, t, g)
          .isEqualTo(List.of(expected.group().index(), expected.dboxes(), expected.cnodes()));
      assertThat(s.best().score()).isEqualTo(expected.score());
    }
    assertThat(feasible).as("enough feasible cases to mean something").isGreaterThan(CASES / 2);
  }

  @Test
  void search_smallSpace_sizesFarFewerDesignsThanTheScan() {
    // 1 PB usable, 100 GB/s read, 30 GB/s write; racks objective.
    Targets t = new Targets(1e15, 100e9, 30e9, null, false);
    Search s = Optimizer.search(SmallSpace.SPACE, t, Goal.of(Objective.RACKS));
    assertThat(s.candidates()).isEqualTo(16L * 40 * 40);
    assertThat(s.evaluated()).isLessThan(s.candidates() / 10);
  }

  @Test
  void lowerBound_randomTargets_neverExceedsAnyFeasibleDesign() {
    SplittableRandom r = new SplittableRandom(9);
    for (int i = 0; i < CASES; i++) {
      Targets t = randomTargets(r);
      Goal g = randomGoal(r);
      Search s = Optimizer.search(SmallSpace.SPACE, t, g);
      if (s.best() == null) {
        continue;
      }
      LowerBound lb = s.lowerBound();
      assertThat(lb.score().compareTo(s.best().score())).isLessThanOrEqualTo(0);
      for (Candidate c : SmallSpace.ALL) {
        Sizing z = c.sizing();
        if (SmallSpace.feasible(c, t) && (lb.racks() > z.racks() || lb.watts() > z.packedWatts()
            || lb.rackUnits() > z.rackUnits())) {
          fail("case %d: bound %d racks %s W %d U above %s %d/%d", i, lb.racks(), lb.watts(),
              lb.rackUnits(), c.group().label(), c.dboxes(), c.cnodes());
        }
      }
    }
  }

  @Test
  void search_tighterTargets_neverImproveTheOptimum() {
    SplittableRandom r = new SplittableRandom(10);
    for (int i = 0; i < CASES; i++) {
      Targets t = randomTargets(r);
      Goal g = randomGoal(r);
      Targets tighter = new Targets(t.usableBytes() * (1 + r.nextDouble() * 0.5),
          t.readBytesPerSec() + r.nextDouble() * 50e9, t.writeBytesPerSec() + r.nextDouble() * 10e9,
          tighterRacks(t.maxRacks(), r),
          t.certifiedOnly() || r.nextBoolean());
      Candidate loose = Optimizer.search(SmallSpace.SPACE, t, g).best();
      Candidate tight = Optimizer.search(SmallSpace.SPACE, tighter, g).best();
      if (loose == null) {
        assertThat(tight).as("case %d", i).isNull();
      } else if (tight != null) {
        assertThat(tight.score().compareTo(loose.score())).as("case %d", i)
            .isGreaterThanOrEqualTo(0);
      }
    }
  }

  /** No cap may become one; a cap may only shrink. */
  private static Integer tighterRacks(Integer cap, SplittableRandom r) {
    if (cap == null) {
      return r.nextBoolean() ? null : Integer.valueOf(5 + r.nextInt(20));
    }
    return Math.max(1, cap - r.nextInt(3));
  }

  @Test
  void range_randomTargets_isExactlyTheDesignsMeetingThem() {
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < 100; i++) {
      Targets t = randomTargets(r).withMaxRacks(null);
      List<Group> groups = SmallSpace.SPACE.groups();
      Optimizer.Range[] ranges = new Optimizer.Range[groups.size()];
      for (Group g : groups) {
        ranges[g.index()] = Optimizer.range(SmallSpace.SPACE, g, t, new ArrayList<>());
      }
      for (Candidate c : SmallSpace.ALL) {
        Optimizer.Range range = ranges[c.group().index()];
        boolean inRange = range != null && c.dboxes() >= range.n0() && c.cnodes() >= range.k0();
        if (inRange != SmallSpace.feasible(c, t)) {
          fail("case %d %s n=%d k=%d: in range %s, feasible %s", i, c.group().label(),
              c.dboxes(), c.cnodes(), inRange, !inRange);
        }
      }
    }
  }

  @Test
  void pareto_randomTargets_isTheBestWriteOfEveryRackBudget() {
    SplittableRandom r = new SplittableRandom(12);
    int points = 0;
    for (int i = 0; i < 150; i++) {
      Targets t = randomTargets(r);
      int cap = 1 + r.nextInt(40);
      Front f = Optimizer.pareto(SmallSpace.SPACE, t, cap);
      int limit = Math.min(cap, t.maxRacks() == null ? cap : t.maxRacks());
      for (int budget = 1; budget <= limit; budget++) {
        Score expected = null;
        for (Candidate c : SmallSpace.ALL) {
          if (SmallSpace.feasible(c, t) && c.sizing().racks() <= budget) {
            Score k = frontKey(c.sizing());
            expected = expected == null || k.compareTo(expected) < 0 ? k : expected;
          }
        }
        Score got = null;
        for (Candidate p : f.points()) {
          if (p.sizing().racks() <= budget) {
            got = frontKey(p.sizing());
          }
        }
        assertThat(got).as("case %d budget %d", i, budget).isEqualTo(expected);
      }
      points += f.points().size();
    }
    assertThat(points).as("fronts with points").isGreaterThan(150);
  }

  @Test
  void pareto_randomTargets_everyPointIsNonDominated() {
    SplittableRandom r = new SplittableRandom(13);
    for (int i = 0; i < 150; i++) {
      Targets t = randomTargets(r);
      Front f = Optimizer.pareto(SmallSpace.SPACE, t, 1 + r.nextInt(40));
      List<Candidate> feasible = SmallSpace.ALL.stream()
          .filter(c -> SmallSpace.feasible(c, t)).toList();
      for (Candidate p : f.points()) {
        for (Candidate c : feasible) {
          if (dominates(c.sizing(), p.sizing())) {
            fail("case %d: %s %d/%d dominates point %s %d/%d", i, c.group().label(),
                c.dboxes(), c.cnodes(), p.group().label(), p.dboxes(), p.cnodes());
          }
        }
      }
    }
  }

  /** Fewer or equal racks and kW, more or equal write and usable, one of them strictly. */
  static boolean dominates(Sizing a, Sizing b) {
    boolean noWorse = a.racks() <= b.racks() && a.packedWatts() <= b.packedWatts()
        && a.writeBytesPerSec() >= b.writeBytesPerSec() && a.usableBytes() >= b.usableBytes();
    boolean better = a.racks() < b.racks() || a.packedWatts() < b.packedWatts()
        || a.writeBytesPerSec() > b.writeBytesPerSec() || a.usableBytes() > b.usableBytes();
    return noWorse && better;
  }

  private static Score frontKey(Sizing z) {
    return new Score(-z.writeBytesPerSec(), z.packedWatts(), -z.usableBytes());
  }
}
