package io.exaplan.bench;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Options;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.Design;
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
 * Cost of sizing one design (goal: well under 5 us) and of a whole compare. Run with
 * {@code bench/run SizingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SizingBenchmark {
  Design pod;
  Design dense;
  Scenario scenario;
  Catalog catalog;

  @Setup
  public void setup() {
    catalog = Catalog.builtIn();
    scenario = Scenario.builtIn();
    pod = Options.design(scenario, catalog, catalog.dbox("dbox-1350"), 180, 450);
    dense = Options.design(scenario, catalog, catalog.dbox("dense-5400"), 210, 420);
  }

  @Benchmark
  public Sizing sizePod() {
    return SizingEngine.size(pod);
  }

  @Benchmark
  public Sizing sizeDense() {
    return SizingEngine.size(dense);
  }

  @Benchmark
  public Object compareAllOptions() {
    return Registry.compare(scenario, catalog);
  }
}
