package io.exaplan.bench;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.durability.Durability;
import io.exaplan.durability.DurabilityEngine;
import io.exaplan.durability.DurabilityParams.Overrides;
import io.exaplan.durability.FailureChain;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
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
 * Cost of one durability analysis (rebuilds, five Markov chains, notes) and of one chain alone.
 * Run with {@code bench/run DurabilityBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DurabilityBenchmark {
  Sizing pod;
  Catalog catalog;
  FailureChain chain;

  @Setup
  public void setup() {
    catalog = Catalog.builtIn();
    pod = SizingEngine.size(Options.design(Scenario.builtIn(), catalog,
        catalog.dbox("dbox-1350"), 180, 450));
    chain = new FailureChain(4, 1, 3960, 22, 180, 0.01 / 8766, 0.01 / 8766, 4.33, 0.196, 1);
  }

  @Benchmark
  public Durability analysePod() {
    return DurabilityEngine.flash(pod, catalog.durability(), Overrides.NONE);
  }

  @Benchmark
  public double solveOneChain() {
    return chain.mttdlHours();
  }
}
