package io.exaplan.sim;

import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.Failures;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON contract of {@code simulate}: the inputs, then each measure as the mean over the
 * replications with its 95% confidence interval ({@code ...Ci95} = [low, high], null with one
 * replication), the worst cases over replications, the WAN backlog over time and each
 * replication's own figures. SI units; fractions are of the fleet's GPU-seconds.
 *
 * @param dalyGoodput                what Daly's (2006) complete model predicts: each job's
 *                                   efficiency alone (uncontended stall, exponential failures),
 *                                   weighted by GPUs; null for Weibull failures or none
 * @param checkpointsLost            pending uploads evicted, summed over all replications
 * @param replicationsLosing         replications that lost at least one checkpoint
 * @param localPeakBytes             highest local checkpoint bytes in any replication
 * @param wanBacklogPeakBytes        highest WAN backlog in any replication
 * @param peakWriteDemandBytesPerSec most concurrent writers in any replication x the design's
 *                                   write bandwidth: what it would take for none to slow another
 * @param p99WriteDemandBytesPerSec  the same for the 99th percentile over the time when anything
 *                                   is being written, averaged over replications
 * @param eventsPerSecond            events / wall-clock seconds of the replications; the one
 *                                   figure that depends on the machine (null when timing is off)
 */
public record Simulation(
    Inputs inputs,
    Double dalyGoodput,
    double goodput,
    double[] goodputCi95,
    double stallFraction,
    double[] stallFractionCi95,
    double reworkFraction,
    double[] reworkFractionCi95,
    double restartFraction,
    double[] restartFractionCi95,
    double uncommittedFraction,
    double failuresPerReplication,
    double checkpointsPerReplication,
    long checkpointsLost,
    int replicationsLosing,
    double localPeakBytes,
    double wanBacklogPeakBytes,
    double peakWriteDemandBytesPerSec,
    double p99WriteDemandBytesPerSec,
    List<BacklogPoint> wanBacklog,
    List<Replication> replicationResults,
    long events,
    Double eventsPerSecond,
    List<String> assumptions) {

  public Simulation {
    wanBacklog = List.copyOf(wanBacklog);
    replicationResults = List.copyOf(replicationResults);
    assumptions = List.copyOf(assumptions);
  }

  /** What was simulated; infinite settings ("none") are null. */
  public record Inputs(
      String option,
      String optionName,
      String mode,
      String intervalBasis,
      String failureLaw,
      int jobs,
      long gpus,
      double checkpointBytes,
      double intervalSeconds,
      double horizonSeconds,
      double writeBytesPerSec,
      double uncontendedWriteSeconds,
      Double stageBytesPerSecPerGpu,
      Double gpuMtbfSeconds,
      Double jobMtbfSeconds,
      double restartSeconds,
      Double localCapacityBytes,
      int keepLocal,
      int copyEvery,
      Double wanBytesPerSec,
      Double outageEverySeconds,
      Double outageMeanSeconds,
      Double outageAtSeconds,
      Double outageForSeconds,
      boolean alignedStart,
      int replications,
      long seed) {}

  /** WAN backlog at one time: mean and highest over replications. */
  public record BacklogPoint(double timeSeconds, double meanBytes, double maxBytes) {}

  /**
   * Aggregates an outcome.
   *
   * @param timing include {@code eventsPerSecond} (off: byte-identical output for a seed)
   */
  public static Simulation of(String option, String optionName, String intervalBasis,
      MonteCarlo.Outcome o, boolean timing, List<String> assumptions) {
    SimConfig c = o.config();
    List<Replication> reps = o.replications();
    int n = reps.size();
    double[] good = new double[n];
    double[] stall = new double[n];
    double[] rework = new double[n];
    double[] restart = new double[n];
    double tail = 0;
    double failures = 0;
    double checkpoints = 0;
    long lost = 0;
    int losing = 0;
    double localPeak = 0;
    double backlogPeak = 0;
    int peakWriters = 0;
    double p99Writers = 0;
    for (int r = 0; r < n; r++) {
      Replication x = reps.get(r);
      good[r] = x.goodput();
      stall[r] = x.stallFraction();
      rework[r] = x.reworkFraction();
      restart[r] = x.restartFraction();
      tail += x.uncommittedFraction() / n;
      failures += (double) x.failures() / n;
      checkpoints += (double) x.checkpoints() / n;
      lost += x.checkpointsLost();
      losing += x.checkpointsLost() > 0 ? 1 : 0;
      localPeak = Math.max(localPeak, x.localPeakBytes());
      backlogPeak = Math.max(backlogPeak, x.wanBacklogPeakBytes());
      peakWriters = Math.max(peakWriters, x.peakWriters());
      p99Writers += (double) x.p99Writers() / n;
    }
    Estimate g = Estimate.ofFraction(good);
    Estimate s = Estimate.ofFraction(stall);
    Estimate w = Estimate.ofFraction(rework);
    Estimate rs = Estimate.ofFraction(restart);
    Double rate = timing && o.elapsedSeconds() > 0 ? o.events() / o.elapsedSeconds() : null;
    return new Simulation(inputs(option, optionName, intervalBasis, c, n, o.seed()), daly(c),
        g.mean(), g.interval(),
        s.mean(), s.interval(), w.mean(), w.interval(), rs.mean(), rs.interval(), tail, failures,
        checkpoints, lost, losing, localPeak, backlogPeak,
        peakWriters * c.writeBytesPerSec(), p99Writers * c.writeBytesPerSec(),
        backlog(c, o.backlogs()), reps, o.events(), rate, assumptions);
  }

  private static List<BacklogPoint> backlog(SimConfig c, List<double[]> series) {
    List<BacklogPoint> points = new ArrayList<>();
    for (int i = 0; i <= TrainingModel.BACKLOG_POINTS; i++) {
      double mean = 0;
      double max = 0;
      for (double[] s : series) {
        mean += s[i] / series.size();
        max = Math.max(max, s[i]);
      }
      points.add(new BacklogPoint(c.horizonSeconds() * i / TrainingModel.BACKLOG_POINTS, mean,
          max));
    }
    return points;
  }

  /** GPU-weighted Daly efficiency of each job alone; null where Daly's assumptions fail. */
  private static Double daly(SimConfig c) {
    if (!c.failureLaw().exponential() || !Double.isFinite(c.gpuMtbfSeconds())) {
      return null;
    }
    double sum = 0;
    for (int j = 0; j < c.jobs(); j++) {
      sum += c.gpusOf(j) * Failures.efficiency(c.intervalSeconds(), c.stallSeconds(j),
          c.jobMtbfSeconds(j), c.restartSeconds());
    }
    return sum / c.gpus();
  }

  private static Inputs inputs(String option, String name, String intervalBasis, SimConfig c,
      int n, long seed) {
    return new Inputs(option, name, c.mode().key(), intervalBasis, c.failureLaw().describe(),
        c.jobs(),
        c.gpus(), c.checkpointBytes(), c.intervalSeconds(), c.horizonSeconds(),
        c.writeBytesPerSec(), c.uncontendedWriteSeconds(),
        c.mode() == CheckpointMode.ASYNC ? finite(c.stageBytesPerSecPerGpu()) : null,
        finite(c.gpuMtbfSeconds()), finite(c.jobMtbfSeconds(0)), c.restartSeconds(),
        finite(c.localCapacityBytes()), c.keepLocal(), c.copyEvery(),
        c.wan() ? finite(c.wanBytesPerSec()) : null,
        c.wan() ? finite(c.outageEverySeconds()) : null,
        c.wan() && Double.isFinite(c.outageEverySeconds()) ? c.outageMeanSeconds() : null,
        c.wan() && !Double.isNaN(c.outageAtSeconds()) ? c.outageAtSeconds() : null,
        c.wan() && !Double.isNaN(c.outageAtSeconds()) ? c.outageForSeconds() : null,
        c.alignedStart(), n, seed);
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
