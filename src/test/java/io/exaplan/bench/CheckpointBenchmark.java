package io.exaplan.bench;

import io.exaplan.checkpoint.CheckpointAnalysis;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.CheckpointSize;
import io.exaplan.checkpoint.DesignFit;
import io.exaplan.checkpoint.Failures;
import io.exaplan.checkpoint.ModelPreset;
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
 * Cost of the checkpoint analysis (goal: a whole analysis well under 1 ms, so a web UI can
 * recompute it on every keystroke) and of a dense efficiency-vs-fleet sweep for a chart. Run with
 * {@code bench/run CheckpointBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckpointBenchmark {
  CheckpointCatalog catalog;
  CheckpointAnalysis.Question question;
  List<Long> denseFleet;
  double gpuMtbf;

  @Setup
  public void setup() {
    catalog = CheckpointCatalog.builtIn();
    ModelPreset m = catalog.models().get("llama-3.1-405b");
    List<DesignFit.DesignRate> designs = List.of(new DesignFit.DesignRate("a", 1.46e12),
        new DesignFit.DesignRate("b", 6.8e12), new DesignFit.DesignRate("c", 1.37e12),
        new DesignFit.DesignRate("d", 0.34e12), new DesignFit.DesignRate("e", 3.13e12));
    question = new CheckpointAnalysis.Question(CheckpointSize.of(m, catalog.state(), 1), m, 300,
        0.05, CheckpointMode.SYNC, 41_472, null, null, null, null, null,
        catalog.chartCadencesSeconds(), catalog.chartFleetGpus(), designs);
    denseFleet = new ArrayList<>();
    for (long n = 256; n <= 1_000_000; n += 256) {
      denseFleet.add(n);
    }
    gpuMtbf = catalog.failures().gpuMtbfSeconds();
  }

  @Benchmark
  public CheckpointAnalysis wholeAnalysis() {
    return CheckpointAnalysis.of(question, catalog);
  }

  /** 3,906 fleet sizes from 256 to 1M GPUs: Daly interval and two efficiencies each. */
  @Benchmark
  public List<Failures.FleetRow> denseFleetSweep() {
    return Failures.fleetTable(gpuMtbf, 15, 600, 300, denseFleet);
  }
}
