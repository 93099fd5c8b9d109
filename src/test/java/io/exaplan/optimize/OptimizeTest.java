package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimiser on the built-in scenario and catalog, figures worked out by hand. */
class OptimizeTest {
  private static final Catalog C = Catalog.builtIn();
  private static final Scenario S = Scenario.builtIn();

  private static Optimize.Request request(Targets t) {
    return new Optimize.Request(SearchSpace.of(S, C), t, Goal.of(Objective.RACKS), null, null,
        null);
  }

  /**
   * The optimiser at 1 EB, no throughput target, run once for the three tests that read it (its
   * Pareto front sizes about two million designs; the answer depends on the input only).
   */
  private static final class OneExabyte {
    static final Optimum RUN = Optimize.run(S, C, request(Targets.usable(1e18)));
  }

  /**
   * {@code request(t)} with the Pareto front cut to designs of at most one rack: for the tests
   * that read the best design, the bound and the references but not the front, which costs about
   * two thirds of a run (it sizes every design up to the budget's rack count). The front itself
   * is read, at its default budget, from {@link OneExabyte}.
   */
  private static Optimize.Request withoutFront(Targets t) {
    Optimize.Request q = request(t);
    return new Optimize.Request(q.space(), q.targets(), q.goal(), 1, q.guidance(),
        q.guidanceGpus());
  }

  private static Optimum.Reference ref(Optimum o, String id) {
    return o.references().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void run_oneExabyte_findsADenseDesignWithFewerRacksThanDense420AndNcp1eb() {
    Optimum o = OneExabyte.RUN;
    // 1 EB / (44 x 122.88 TB x 0.88453) = 209.1 -> 210 dense enclosures; no throughput target,
    // so 1 C-node. sn4600: (1 x 4 x 25 GB/s + 210 x 4 x 12.5 GB/s) / 25 GB/s = 424 ports,
    // 32 downlinks per leaf -> 14 leaves, 14 x 32 / 64 = 7 spines: 21 switches.
    // Power 210 x 1,820 + 550 + 21 x 720 = 397,870 W -> 33.2 -> 34 racks by power; whole
    // enclosures need 35: 7 x 1,820 = 12,740 W > 12 kW, so at most 6 per rack, 210 / 6 = 35.
    assertThat(o.best().hardware().dboxModel()).isEqualTo("dense-5400");
    assertThat(o.best().hardware().dboxes()).isEqualTo(210);
    assertThat(o.best().hardware().cnodes()).isEqualTo(1);
    assertThat(o.best().hardware().switchModel()).isEqualTo("sn4600");
    assertThat(o.best().hardware().switches()).isEqualTo(21);
    assertThat(o.best().power().powerWatts()).isCloseTo(397_870, within(1e-6));
    assertThat(o.best().space().powerBoundRacks()).isEqualTo(34);
    assertThat(o.best().space().racks()).isEqualTo(35);
    assertThat(o.best().space().racks()).isLessThan(ref(o, "dense-420-210").racks())
        .isLessThan(ref(o, "ncp-1eb").racks());
    // dense-420-210: 651.7 kW / 12 kW = 54.3 -> 55 by power, met by the layout engine;
    // ncp-1eb: 1,941.3 kW / 12 kW = 161.8 -> 162, met.
    assertThat(ref(o, "dense-420-210").racks()).isEqualTo(55);
    assertThat(ref(o, "ncp-1eb").racks()).isEqualTo(162);
  }

  @Test
  void run_oneExabyte_boundIsTheLeastDenseDesignAndMeetsTheBest() {
    Optimum o = OneExabyte.RUN;
    // sn5600 at 210 + 1: (100 + 210 x 50) GB/s / 100 GB/s = 106 ports -> 4 leaves, 2 spines;
    // 210 x 1,820 + 550 + 6 x 1,480 = 391,630 W / 12 kW = 32.6 -> 33 by power; 433 U; but at
    // most 6 enclosures per 12 kW rack (7 x 1,820 W = 12.74 kW), so 210 / 6 = 35 racks.
    assertThat(o.lowerBound().racks()).isEqualTo(35);
    assertThat(o.lowerBound().powerWatts()).isCloseTo(391_630, within(1e-6));
    assertThat(o.lowerBound().rackUnits()).isEqualTo(433);
    assertThat(o.gap()).isZero();
  }

  @Test
  void run_dense420Write_cannotBeatItsFiftyFiveRacks() {
    // At dense-420-210's own write (420 x 3.25 GB/s = 1.365 TB/s) the least counts are its own
    // 210 + 420, so no design has fewer racks: the bound is 651.7 kW / 12 kW -> 55, and the
    // layout engine places it in 55.
    Optimum o = Optimize.run(S, C,
        withoutFront(Targets.usable(1e18).withThroughput(0, 1.365e12)));
    assertThat(o.best().space().racks()).isEqualTo(55);
    assertThat(o.best().hardware().cnodes()).isEqualTo(420);
    assertThat(o.lowerBound().racks()).isEqualTo(55);
    assertThat(ref(o, "dense-420-210").bestRacksAtSamePerformance()).isEqualTo(55);
  }

  @Test
  void run_certifiedOnly_leavesOutTheDenseEnclosure() {
    Optimum o = Optimize.run(S, C, withoutFront(Targets.usable(1e18).withCertifiedOnly(true)));
    assertThat(o.best().compliance().certified()).isTrue();
    // 1 EB / (1,351.68 TB x 0.88453) = 836.4 -> 837 enclosures of the 1350-series.
    assertThat(o.best().hardware().dboxModel()).isEqualTo("dbox-1350");
    assertThat(o.best().hardware().dboxes()).isEqualTo(837);
    assertThat(o.excluded()).anySatisfy(e -> assertThat(e)
        .startsWith("dense-5400 + cnode-gen6, sn5600, 12 kW racks: not NVIDIA-certified"));
  }

  @Test
  void run_paretoFront_risesInWriteAndStartsAtTheBest() {
    Optimum o = OneExabyte.RUN;
    List<Optimum.ParetoPoint> p = o.pareto();
    assertThat(p).isNotEmpty();
    assertThat(p.get(0).racks()).isEqualTo(35);
    for (int i = 1; i < p.size(); i++) {
      assertThat(p.get(i).racks()).isGreaterThan(p.get(i - 1).racks());
      assertThat(p.get(i).writeBytesPerSec()).isGreaterThan(p.get(i - 1).writeBytesPerSec());
    }
    // Default budget: 35 + max(2, min(ceil(35 / 4), 20)) = 44 racks.
    assertThat(o.paretoMaxRacks()).isEqualTo(44);
    assertThat(p.get(p.size() - 1).racks()).isLessThanOrEqualTo(44);
  }

  @Test
  void search_kwObjective_takesTheLeastPowerDesign() {
    // Least power at 1 EB: the bound design itself (210 + 1, sn5600, 391,630 W).
    Search s = Optimizer.search(SearchSpace.of(S, C), Targets.usable(1e18),
        Goal.of(Objective.KW));
    assertThat(s.best().sizing().powerTypicalWatts()).isCloseTo(391_630, within(1e-6));
    assertThat(s.best().group().switchModel().id()).isEqualTo("sn5600");
  }

  @Test
  void search_twoRackLimits_prefersTheHigherLimitForRacks() {
    // At 15 kW: 391,630 W / 15 kW = 26.1 -> at least 27 racks, below the 12 kW answer of 35.
    SearchSpace sp = SearchSpace.of(S, C).withRackPowerLimits(List.of(12e3, 15e3));
    Search s = Optimizer.search(sp, Targets.usable(1e18), Goal.of(Objective.RACKS));
    assertThat(s.best().group().rackPowerLimitWatts()).isEqualTo(15e3);
    assertThat(s.best().sizing().racks()).isGreaterThanOrEqualTo(27).isLessThan(35);
    assertThat(s.lowerBound().racks()).isEqualTo(27);
  }

  @Test
  void search_weightedOnKwOnly_agreesWithTheKwObjective() {
    // Weights 0 per rack, 1 per kW, 0 per U: the first component is kW / 1000, so the least is
    // the kW objective's 391,630 W design (391.63).
    SearchSpace sp = SearchSpace.of(S, C);
    Search w = Optimizer.search(sp, Targets.usable(1e18), new Goal(Objective.WEIGHTED, 0, 1, 0));
    assertThat(w.best().score().primary()).isCloseTo(391.63, within(1e-9));
    assertThat(w.best().sizing().powerTypicalWatts()).isEqualTo(Optimizer.search(sp,
        Targets.usable(1e18), Goal.of(Objective.KW)).best().sizing().powerTypicalWatts());
  }
}
