package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.durability.DurabilityEngine;
import io.exaplan.durability.FailureChain;
import io.exaplan.sizing.PowerBasis;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bounds that end the search under durability floors (docs/model.md, "Bounds that end the
 * search"), each checked against every design of two small spaces, and the search that uses them
 * against a full scan: the row-to-row bound (below the C-node bound, more enclosures only lower
 * the nines and lengthen the rebuilds), the saturation count (past it the floor figures do not
 * change), the ceiling (no design with as many or more enclosures beats it), the chain's
 * monotonicity they rest on, and the bounded search's optimum equal to the brute force's.
 */
class OptimizerBoundsTest {
  /**
   * A space where the C-nodes outrun the enclosures within the caps: 80 one-U boxes of 4 x 8 TB
   * (5 GB/s read, 2 GB/s write each) and 40 C-nodes of 20 GB/s read and 8 GB/s write, so a row
   * saturates at about n / 4 C-nodes and both regimes of the bounds occur.
   */
  static final DBoxModel BOX_C = new DBoxModel("box-c", "1U 4-drive box", 1, 4, 8e12, 5e9, 2e9,
      200, 300, 2, 12.5e9, true, Map.of(), 0.01, 0.01);
  static final CNodeModel NODE_Z = new CNodeModel("node-z", "C-node Z", 1, 20e9, 8e9, 300, 400,
      2, 25e9, true, Map.of());
  static final SearchSpace WIDE = new SearchSpace(List.of(BOX_C), List.of(NODE_Z),
      List.of(SmallSpace.SW_BIG), List.of(3000.0, 5000.0), SmallSpace.RACK, PowerBasis.TYPICAL,
      SmallSpace.CAPACITY, SmallSpace.FABRIC, 80, 40);
  static final List<Candidate> WIDE_ALL = SmallSpace.sizeAll(WIDE);
  static final List<DurabilityEngine.Floor> WIDE_FLOORS = WIDE_ALL.stream()
      .map(c -> DurabilityEngine.floor(c.sizing(), OptimizerFloorsTest.DURABILITY)).toList();

  private static DurabilityEngine.Floor[][][] table(SearchSpace sp, List<Candidate> all,
      List<DurabilityEngine.Floor> floors) {
    DurabilityEngine.Floor[][][] t =
        new DurabilityEngine.Floor[sp.groups().size()][sp.maxDboxes() + 1][sp.maxCnodes() + 1];
    for (int i = 0; i < all.size(); i++) {
      Candidate c = all.get(i);
      t[c.group().index()][c.dboxes()][c.cnodes()] = floors.get(i);
    }
    return t;
  }

  @Test
  void rowToRow_belowTheCnodeBound_moreEnclosuresOnlyLowerNinesAndLengthenRebuilds() {
    int pairs = 0;
    pairs += rowToRow(SmallSpace.SPACE, table(SmallSpace.SPACE, SmallSpace.ALL,
        OptimizerFloorsTest.FLOORS));
    pairs += rowToRow(WIDE, table(WIDE, WIDE_ALL, WIDE_FLOORS));
    // small space: 8 groups x 16 n x ~15 larger n' x 40 k; wide: 2 x 56 n x up to 10 k x ~28 n'
    assertThat(pairs).as("pairs compared").isGreaterThan(20_000);
  }

  private static int rowToRow(SearchSpace sp, DurabilityEngine.Floor[][][] f) {
    int pairs = 0;
    for (Group g : sp.groups()) {
      for (int n = Optimizer.spreadFrom(sp); n < sp.maxDboxes(); n++) {
        int kMax = Math.min(sp.maxCnodes(), Optimizer.cnodeBound(sp, g, n));
        for (int k = 1; k <= kMax; k++) {
          DurabilityEngine.Floor x = f[g.index()][n][k];
          if (x == null) {
            continue;
          }
          for (int m = n + 1; m <= sp.maxDboxes(); m++) {
            DurabilityEngine.Floor y = f[g.index()][m][k];
            if (y.nines() > x.nines() || y.longestRebuildSeconds() < x.longestRebuildSeconds()) {
              fail("%s n=%d -> %d, k=%d: %s -> %s", g.label(), n, m, k, x, y);
            }
            pairs++;
          }
        }
      }
    }
    return pairs;
  }

  @Test
  void saturation_pastIt_floorFiguresDoNotChange() {
    DurabilityEngine.Floor[][][] f = table(WIDE, WIDE_ALL, WIDE_FLOORS);
    int checked = 0;
    for (Group g : WIDE.groups()) {
      for (int n = 1; n <= WIDE.maxDboxes(); n++) {
        int sat = Optimizer.saturation(WIDE, g, n);
        // 4 x 8 TB boxes: n enclosures read 5 GB/s x n, write 2 GB/s x n x e; a C-node reads
        // 20 and writes 8 GB/s, so the writes saturate first near n / 4 (n = 40: 10 C-nodes)
        if (n == 40) {
          assertThat(sat).isBetween(9, 10);
        }
        for (int k = sat + 1; k <= WIDE.maxCnodes(); k++) {
          if (f[g.index()][n][sat] == null) {
            continue;
          }
          assertThat(f[g.index()][n][k]).as("%s n=%d k=%d vs %d", g.label(), n, k, sat)
              .isEqualTo(f[g.index()][n][sat]);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(2_000);
  }

  @Test
  void ceiling_noDesignWithAsManyOrMoreEnclosuresBeatsIt() {
    int checked = 0;
    checked += ceiling(SmallSpace.SPACE, SmallSpace.ALL, OptimizerFloorsTest.FLOORS);
    checked += ceiling(WIDE, WIDE_ALL, WIDE_FLOORS);
    assertThat(checked).isGreaterThan(100_000);
  }

  private static int ceiling(SearchSpace sp, List<Candidate> all,
      List<DurabilityEngine.Floor> floors) {
    DurabilityEngine.Floor[][][] f = table(sp, all, floors);
    int checked = 0;
    for (Group g : sp.groups()) {
      for (int n = Optimizer.spreadFrom(sp); n <= sp.maxDboxes(); n++) {
        Sizing z = SizingEngine.size(sp.design(g, n, 1));
        double ceiling = DurabilityEngine.ceilingNines(z, OptimizerFloorsTest.DURABILITY,
            Sides.dboxRead(g.dbox(), n), Sides.dboxWrite(g.dbox(), n, sp.capacity()));
        for (int m = n; m <= sp.maxDboxes(); m++) {
          for (int k = 1; k <= sp.maxCnodes(); k++) {
            DurabilityEngine.Floor y = f[g.index()][m][k];
            if (y != null) {
              if (y.nines() > ceiling + Optimizer.CEILING_MARGIN) {
                fail("%s ceiling at n=%d %s < m=%d k=%d: %s", g.label(), n, ceiling, m, k, y);
              }
              checked++;
            }
          }
        }
      }
    }
    return checked;
  }

  @Test
  void chain_moreFailuresOrSlowerRepairs_neverRaiseTheMttdl() {
    // the monotonicity every bound (and the gallop over C-nodes) rests on: failure rates and
    // counts up, repair rates down, same stripe, tolerance and drives per enclosure
    SplittableRandom r = new SplittableRandom(38);
    for (int i = 0; i < 3000; i++) {
      int tolerated = 1 + r.nextInt(4);
      int s = 1 + r.nextInt(2);
      int perBox = 1 + r.nextInt(40);
      long boxes = 2 + r.nextInt(200);
      double lambdaD = 1e-7 + r.nextDouble() * 5e-6;
      double lambdaE = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 5e-6;
      double muD = r.nextDouble() * 20;
      double muE = r.nextDouble() * 5;
      double corr = 1 + (r.nextBoolean() ? 0 : r.nextDouble() * 20);
      FailureChain x = new FailureChain(tolerated, s, boxes * perBox, perBox, boxes, lambdaD,
          lambdaE, muD, muE, corr);
      long boxesY = boxes + (r.nextBoolean() ? 0 : r.nextInt(300));
      FailureChain y = new FailureChain(tolerated, s, boxesY * perBox, perBox, boxesY,
          lambdaD * (1 + r.nextDouble()), lambdaE * (1 + r.nextDouble()),
          muD * r.nextDouble(), muE * (r.nextBoolean() ? 1 : r.nextDouble()), corr);
      assertThat(y.mttdlHours()).as("case %d: %s vs %s", i, y, x)
          .isLessThanOrEqualTo(x.mttdlHours() * (1 + 1e-9));
    }
  }

  @Test
  void search_randomTargetsAndFloors_returnsTheBruteForceOptimum() {
    SplittableRandom r = new SplittableRandom(3838);
    double least = WIDE_FLOORS.stream().mapToDouble(DurabilityEngine.Floor::nines).min()
        .orElseThrow();
    double most = WIDE_FLOORS.stream().mapToDouble(DurabilityEngine.Floor::nines).max()
        .orElseThrow();
    int feasible = 0;
    int proven = 0;
    for (int i = 0; i < 150; i++) {
      // largest usable: 80 x 4 x 8 TB x (20/24 - 0.05) = 2.005 PB
      double usable = (0.01 + r.nextDouble() * 0.9) * 2e15;
      double write = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 120e9;
      Integer maxRacks = r.nextInt(5) == 0 ? 3 + r.nextInt(20) : null;
      Floors f = new Floors(r.nextInt(3) == 0 ? 0 : r.nextDouble() * 0.6,
          least + r.nextDouble() * (most - least),
          r.nextInt(3) == 0 ? Double.POSITIVE_INFINITY : 3600 * (1 + r.nextDouble() * 200),
          OptimizerFloorsTest.DURABILITY);
      Targets t = new Targets(usable, 0, write, maxRacks, false, f);
      Goal goal = OptimizerTest.randomGoal(r);
      Candidate expected = null;
      for (int j = 0; j < WIDE_ALL.size(); j++) {
        Candidate c = WIDE_ALL.get(j);
        DurabilityEngine.Floor d = WIDE_FLOORS.get(j);
        if (SmallSpace.feasible(c, t) && c.cnodes() >= f.minCnodes(c.dboxes())
            && !(d.nines() < f.minNines()) && !(d.longestRebuildSeconds() > f.maxRebuildSeconds())) {
          Score s = goal.score(c.sizing());
          if (expected == null || s.compareTo(expected.score()) < 0) {
            expected = new Candidate(c.group(), c.dboxes(), c.cnodes(), c.sizing(), s);
          }
        }
      }
      Search s = Optimizer.search(WIDE, t, goal);
      proven += s.excluded().stream().anyMatch(e -> e.contains("no design from")) ? 1 : 0;
      if (expected == null) {
        assertThat(s.best()).as("case %d %s", i, t).isNull();
        continue;
      }
      feasible++;
      assertThat(List.of(s.best().group().index(), s.best().dboxes(), s.best().cnodes()))
          .as("case %d %s %s", i, t, goal)
          .isEqualTo(List.of(expected.group().index(), expected.dboxes(), expected.cnodes()));
    }
    assertThat(feasible).as("feasible cases").isGreaterThan(30);
    assertThat(proven).as("cases where a family was proven hopeless").isGreaterThanOrEqualTo(3);
  }

  private static double ceilingAt(Group g, int n) {
    return DurabilityEngine.ceilingNines(SizingEngine.size(WIDE.design(g, n, 1)),
        OptimizerFloorsTest.DURABILITY, Sides.dboxRead(g.dbox(), n),
        Sides.dboxWrite(g.dbox(), n, WIDE.capacity()));
  }

  @Test
  void neverDurable_provenHopeless_noDesignOfTheGroupFromThereMeetsTheFloor() {
    // the proof's own claim, on every n of the wide space: when it says hopeless at n, every
    // design with n or more enclosures is below the floor
    DurabilityEngine.Floor[][][] f = table(WIDE, WIDE_ALL, WIDE_FLOORS);
    int proofs = 0;
    // floors between the ceiling at the most enclosures and the one at the fewest it applies
    // to, and just above that: proofs from some n on, and from the first n on
    Group g0 = WIDE.groups().get(0);
    double high = ceilingAt(g0, Optimizer.spreadFrom(WIDE));
    double low = ceilingAt(g0, WIDE.maxDboxes());
    for (int step = 1; step <= 5; step++) {
      double nines = low + step * (high - low) / 4;
      Targets t = Targets.usable(1e12).withFloors(new Floors(0, nines,
          Double.POSITIVE_INFINITY, OptimizerFloorsTest.DURABILITY));
      for (Group g : WIDE.groups()) {
        for (int n = Optimizer.spreadFrom(WIDE); n <= WIDE.maxDboxes(); n++) {
          Sizing z = SizingEngine.size(WIDE.design(g, n, 1));
          if (Optimizer.neverDurable(WIDE, g, n, z, t) == null) {
            continue;
          }
          proofs++;
          for (int m = n; m <= WIDE.maxDboxes(); m++) {
            for (int k = 1; k <= WIDE.maxCnodes(); k++) {
              if (!(f[g.index()][m][k].nines() < nines)) {
                fail("%s hopeless at n=%d for %s nines, but m=%d k=%d has %s", g.label(), n,
                    nines, m, k, f[g.index()][m][k]);
              }
            }
          }
        }
      }
    }
    assertThat(proofs).as("n where a proof holds").isGreaterThan(10);
  }
}
