package io.exaplan.bench;

import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.sim.EventQueue;
import io.exaplan.sim.FailureLaw;
import io.exaplan.sim.Replication;
import io.exaplan.sim.SimConfig;
import io.exaplan.sim.TrainingModel;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second of the simulator on runs of 10^6 events (goal: over 5 M/s on one core of
 * the 2-core build machine). Two views: the core alone ({@link EventQueue} under the classic
 * "hold" workload of Jones, "An empirical comparison of priority-queue and event-set
 * implementations", CACM 29(4), 1986: pop the earliest, push one later by an exponential
 * increment, with 1,000 pending) and the whole training model (jobs, shared writes, failures,
 * restarts, WAN uploads and outages). The "events" counter is the rate to read. Run with
 * {@code bench/run SimBenchmark}.
 *
 * <p>{@link #manyJobs} scales the site with {@code jobs}: jobs of 16 GPUs writing 100 GB every 10
 * min into half the bandwidth they would need to write without waiting (as {@code simulate}'s
 * defaults do with thousands of jobs), so that each write takes about an interval and half the
 * jobs are writing at any moment; the horizon holds about 10^6 events whatever the count. Goal:
 * the same events per second for 10 and for 10,000 jobs (each event costs O(log jobs), not a scan
 * of the writers).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SimBenchmark {
  static final int EVENTS = 1_000_000;
  static final int PENDING = 1_000;

  /** The events each invocation executed; JMH reports it as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counter {
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
    }
  }

  EventQueue queue;
  SplittableRandom rng;
  SimConfig site;

  @Setup
  public void setup() {
    queue = new EventQueue(PENDING);
    rng = new SplittableRandom(1);
    // 32 jobs of 1,024 GPUs, 5 TB every 10 min into 1.5 TB/s, async, Weibull failures,
    // every 10th checkpoint over 400 Gb/s with random outages: ~1.0e6 events in 60 days.
    site = SimConfig.builder()
        .jobs(32, 32 * 1024)
        .checkpoint(5e12, 600, CheckpointMode.ASYNC)
        .writeBandwidth(1.5e12)
        .stageRatePerGpu(2e9)
        .failures(1024 * 3 * 3600.0, new FailureLaw(0.7), 600)
        .local(1e17, 2)
        .wan(10, 50e9)
        .randomOutages(7 * 86400, 4 * 3600)
        .alignedStart(false)
        .horizon(60 * 86400)
        .build();
  }

  @Benchmark
  public double coreHoldModel(Counter c) {
    EventQueue q = queue;
    q.clear();
    for (int i = 0; i < PENDING; i++) {
      q.push(-Math.log(1 - rng.nextDouble()), 0, i, 0);
    }
    for (int i = 0; i < EVENTS; i++) {
      q.pop();
      q.push(q.time() - Math.log(1 - rng.nextDouble()), 0, q.subject(), 0);
    }
    c.events += EVENTS;
    return q.peekTime();
  }

  /** A site of {@code jobs} jobs (see the class comment). */
  @State(Scope.Benchmark)
  public static class Scaled {
    @Param({"10", "1000", "10000"})
    public int jobs;

    SimConfig site;

    @Setup
    public void setup() {
      double bytes = 1e11;
      double interval = 600;
      site = SimConfig.builder()
          .jobs(jobs, 16L * jobs)
          .checkpoint(bytes, interval, CheckpointMode.SYNC)
          .writeBandwidth(jobs * bytes / interval / 2)
          .failures(5 * 365 * 86400.0, new FailureLaw(1), 600)
          .local(jobs * 4 * bytes, 2)
          .wan(10, jobs * bytes / interval / 5)
          .randomOutages(7 * 86400, 4 * 3600)
          .alignedStart(false)
          // a cycle of two intervals (compute, then write) has about two events: 10^6 in all
          .horizon(interval * 1_000_000.0 / jobs)
          .build();
    }
  }

  @Benchmark
  public Replication manyJobs(Scaled s, Counter c) {
    Replication r = new TrainingModel(s.site, 42, null).run();
    c.events += r.events();
    return r;
  }

  @Benchmark
  public Replication trainingModel(Counter c) {
    Replication r = new TrainingModel(site, 42, null).run();
    c.events += r.events();
    return r;
  }
}
