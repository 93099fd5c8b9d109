package io.exaplan.bench;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.Floors;
import io.exaplan.optimize.Goal;
import io.exaplan.optimize.Group;
import io.exaplan.optimize.Objective;
import io.exaplan.optimize.Optimize;
import io.exaplan.optimize.Optimum;
import io.exaplan.optimize.Optimizer;
import io.exaplan.optimize.Search;
import io.exaplan.optimize.SearchSpace;
import io.exaplan.optimize.Targets;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Designs evaluated per second (build + validate + size, what the optimiser does per design),
 * a scan of 10^5 designs with no pruning, and full searches on the built-in scenario. Goal: a
 * search or a 10^5 scan well under 1 s. Run with {@code bench/run OptimizerBenchmark}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OptimizerBenchmark {
  SearchSpace space;
  SearchSpace wide;
  Group dense;
  Targets oneExabyte;
  Targets guidance;
  Scenario scenario;
  Catalog catalog;
  Optimize.Request builtIn;

  @Setup
  public void setup() {
    Catalog c = Catalog.builtIn();
    Scenario s = Scenario.builtIn();
    space = SearchSpace.of(s, c);
    List<Double> limits = new ArrayList<>();
    for (int kw = 8; kw <= 20; kw++) {
      limits.add(kw * 1e3);
    }
    wide = space.withRackPowerLimits(limits);
    dense = space.groups().stream().filter(g -> g.dbox().id().equals("dense-5400")).findFirst()
        .orElseThrow();
    oneExabyte = Targets.usable(1e18);
    // gb200-enhanced for 160,000 GPUs: 277.8 SUs x 125 / 62 GB/s.
    guidance = oneExabyte.withThroughput(34.72e12, 17.22e12);
    scenario = s;
    catalog = c;
    // what `optimize` runs on the built-in scenario: its usable, the write of its checkpoint at
    // the most lenient cadence (126.3 GB/s), its floors (C:D 0.5, 6 nines, 1 d rebuild)
    double cadence = java.util.Collections.max(s.checkpointCadencesSeconds());
    Targets t = new Targets(s.targetUsableBytes(), 0, s.jobsFor(s.gpus())
        * s.jobCheckpointWrite(cadence), null, false, Floors.of(s, c));
    builtIn = new Optimize.Request(space, t, Goal.of(Objective.RACKS), null, null, null);
  }

  /**
   * The whole `optimize` run on the built-in scenario, floors included: search, Pareto front and
   * the references' searches (what `optimize` and the HTML report's optimiser study compute).
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Optimum optimizeBuiltIn() {
    return Optimize.run(scenario, catalog, builtIn);
  }

  /**
   * One design as the search meets them, dense-5400 x 210 and 420 C-nodes (60 racks; the spread
   * tries 55 to 60): build, validate and size. ops/s = designs evaluated per second.
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Sizing evaluateOneDesign() {
    return SizingEngine.size(space.design(dense, 210, 420));
  }

  /** No pruning: every design of 100 enclosure counts x 1,000 C-node counts (10^5), sized. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public int scanHundredThousandDesigns() {
    int best = Integer.MAX_VALUE;
    for (int boxes = 210; boxes < 310; boxes++) {
      for (int cnodes = 1; cnodes <= 1000; cnodes++) {
        Design d = space.design(dense, boxes, cnodes);
        best = Math.min(best, SizingEngine.size(d).racks());
      }
    }
    return best;
  }

  /** The optimiser at 1 EB over 6 combinations x 10^6 x 10^6 counts (6.0e12 designs). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Search searchOneExabyte() {
    return Optimizer.search(space, oneExabyte, Goal.of(Objective.RACKS));
  }

  /** The same over 13 rack power limits (8-20 kW): 78 combinations, 7.8e13 designs. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Search searchThirteenRackLimits() {
    return Optimizer.search(wide, oneExabyte, Goal.of(Objective.RACKS));
  }

  /**
   * The optimiser at 1 EB and the fleet's gb200-enhanced guidance at each single rack limit of
   * 5, 12, 25 and 40 kW (issue 15's speed goal: under 1 s at any limit from 5 to 40 kW).
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int searchAtRackLimitsFiveToForty() {
    int racks = 0;
    for (double kw : new double[] {5, 12, 25, 40}) {
      SearchSpace one = space.withRackPowerLimits(List.of(kw * 1e3));
      racks += Optimizer.search(one, oneExabyte, Goal.of(Objective.RACKS)).best().sizing()
          .racks();
      racks += Optimizer.search(one, guidance, Goal.of(Objective.RACKS)).best().sizing()
          .racks();
    }
    return racks;
  }

  /** 1 EB at the fleet's gb200-enhanced guidance: about 5,300 C-nodes, 341 racks. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Search searchFleetGuidance() {
    return Optimizer.search(space, guidance, Goal.of(Objective.RACKS));
  }
}
