package io.exaplan.bench;

import io.exaplan.sim.Replication;
import io.exaplan.sim.SimConfig;
import io.exaplan.sim.TrainingModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The simulator's steady-state cost per event in CPU time of the running thread, for a machine
 * shared with other work, where the wall-clock rates JMH reports ({@link SimBenchmark}) fall with
 * the load. The same sites as {@link SimBenchmark}: the 32-job site, then {@code manyJobs} at
 * 10, 1,000 and 10,000 jobs. Each is run until 3 s of CPU have passed untimed (JIT warm-up),
 * then timed over at least 5 s of CPU; it prints ns of CPU per event and events per CPU second.
 * Run with {@code bench/simrate}.
 *
 * <p>{@code bench/simrate daly BYTES WRITE_RATE TAU MTBF RESTART HORIZON REPLICATIONS} instead
 * runs the SimPy comparison's model (bench/simpy_compare.py): one job of one GPU, sync
 * checkpoints, exponential failures, no WAN copies. One untimed warm-up pass of the replications,
 * then the timed pass; it prints one JSON line: the timed pass's events (compute, write and
 * restart completions and failures: the backlog samples are left out, as SimPy has none), its
 * CPU seconds and the mean goodput.
 */
public final class SimRate {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private SimRate() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("daly")) {
      daly(args);
      return;
    }
    double warm = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    double timed = args.length > 1 ? Double.parseDouble(args[1]) : 5;
    SimBenchmark b = new SimBenchmark();
    b.setup();
    System.out.println("site                 ns/event (CPU)   events per CPU second");
    report("32 jobs (trainingModel)", b.site, warm, timed);
    for (int jobs : new int[] {10, 1000, 10000}) {
      SimBenchmark.Scaled s = new SimBenchmark.Scaled();
      s.jobs = jobs;
      s.setup();
      report(String.format(Locale.ROOT, "manyJobs %,d", jobs), s.site, warm, timed);
    }
  }

  private static void report(String name, SimConfig site, double warm, double timed) {
    run(site, warm);
    long[] r = run(site, timed);
    double ns = (double) r[1] / r[0];
    System.out.printf(Locale.ROOT, "%-24s %10.1f %20.3g%n", name, ns, 1e9 / ns);
  }

  private static void daly(String[] a) {
    SimConfig site = SimConfig.builder()
        .jobs(1, 1)
        .checkpoint(Double.parseDouble(a[1]), Double.parseDouble(a[3]),
            io.exaplan.checkpoint.CheckpointMode.SYNC)
        .writeBandwidth(Double.parseDouble(a[2]))
        .failures(Double.parseDouble(a[4]), new io.exaplan.sim.FailureLaw(1),
            Double.parseDouble(a[5]))
        .local(4 * Double.parseDouble(a[1]), 1)
        .wan(0, Double.POSITIVE_INFINITY)
        .horizon(Double.parseDouble(a[6]))
        .build();
    int reps = Integer.parseInt(a[7]);
    for (int pass = 0; pass < 2; pass++) {
      long events = 0;
      double goodput = 0;
      long t0 = CPU.getCurrentThreadCpuTime();
      for (int r = 0; r < reps; r++) {
        Replication x = new TrainingModel(site, 1000 + r, null).run();
        events += x.events() - (TrainingModel.BACKLOG_POINTS + 1);
        goodput += x.goodput() / reps;
      }
      double cpu = (CPU.getCurrentThreadCpuTime() - t0) / 1e9;
      if (pass == 1) {
        System.out.printf(Locale.ROOT, "{\"events\": %d, \"cpuSeconds\": %.6f, \"goodput\": %.6f}%n",
            events, cpu, goodput);
      }
    }
  }

  /** Replications until {@code seconds} of CPU: {events, CPU ns}. */
  private static long[] run(SimConfig site, double seconds) {
    long t0 = CPU.getCurrentThreadCpuTime();
    long events = 0;
    long spent;
    long seed = 42;
    do {
      Replication r = new TrainingModel(site, seed++, null).run();
      events += r.events();
      spent = CPU.getCurrentThreadCpuTime() - t0;
    } while (spent < seconds * 1e9);
    return new long[] {events, spent};
  }
}
