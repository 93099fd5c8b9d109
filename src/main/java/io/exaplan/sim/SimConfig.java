package io.exaplan.sim;

import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulated site: J jobs sharing a fleet of GPUs and one storage design, in SI units.
 * Build it with {@link #builder()}; {@link Builder#build()} checks every field and names the
 * {@code simulate} flag at fault, so a bad value is rejected once, before any replication runs.
 *
 * @param jobs                  training jobs J; the fleet's GPUs are split as evenly as possible
 * @param gpus                  GPUs in the fleet (all jobs together)
 * @param checkpointBytes       bytes one job writes per checkpoint
 * @param intervalSeconds       compute time between two checkpoints of a job
 * @param mode                  sync or async checkpoints
 * @param horizonSeconds        simulated wall-clock time of one replication
 * @param writeBytesPerSec      the design's write bandwidth, shared by concurrent writers
 * @param stageBytesPerSecPerGpu async only: node-local copy rate per GPU (the stall of a stage)
 * @param gpuMtbfSeconds        mean time between failures of one GPU (infinite: none);
 *                              a job of g GPUs fails with mean gpuMtbf / g
 * @param failureLaw            exponential or Weibull time between a job's failures
 * @param restartSeconds        time from a failure until the job computes again
 * @param localCapacityBytes    site storage that holds the checkpoints
 * @param keepLocal             K: the last K checkpoints of each job are kept locally
 * @param copyEvery             N: every Nth checkpoint of a job is copied over the WAN (0: none)
 * @param wanBytesPerSec        WAN link rate to the central store
 * @param outageEverySeconds    mean up time of the WAN between outages (infinite: no random ones)
 * @param outageMeanSeconds     mean duration of a random outage
 * @param outageAtSeconds       start of one scheduled outage (NaN: none), for what-if questions
 * @param outageForSeconds      duration of the scheduled outage
 * @param alignedStart          every job starts its first interval at time 0 (worst case for
 *                              contention); otherwise each starts at a random phase
 */
public record SimConfig(
    int jobs,
    long gpus,
    double checkpointBytes,
    double intervalSeconds,
    CheckpointMode mode,
    double horizonSeconds,
    double writeBytesPerSec,
    double stageBytesPerSecPerGpu,
    double gpuMtbfSeconds,
    FailureLaw failureLaw,
    double restartSeconds,
    double localCapacityBytes,
    int keepLocal,
    int copyEvery,
    double wanBytesPerSec,
    double outageEverySeconds,
    double outageMeanSeconds,
    double outageAtSeconds,
    double outageForSeconds,
    boolean alignedStart) {

  /** More jobs than this is a different tool (a fleet scheduler), not a storage question. */
  public static final int MAX_JOBS = 10_000;

  /** Events one replication may take (minutes of work): a guard against runs that never end. */
  public static final double MAX_EVENTS = 2e9;
  /** Checkpoints kept locally per job: past this, retention is not a question of K. */
  public static final int MAX_KEEP_LOCAL = 1_000;
  /** Jobs x K, the local checkpoints the store tracks: bounds a replication's memory. */
  public static final long MAX_KEPT = 1_000_000;

  public static Builder builder() {
    return new Builder();
  }

  /** GPUs of job {@code j}: the fleet split evenly, the remainder going to the first jobs. */
  public long gpusOf(int j) {
    return gpus / jobs + (j < gpus % jobs ? 1 : 0);
  }

  /** Mean time between failures of job {@code j}. */
  public double jobMtbfSeconds(int j) {
    return gpuMtbfSeconds / gpusOf(j);
  }

  /** Time to write one checkpoint with the whole write bandwidth to itself. */
  public double uncontendedWriteSeconds() {
    return checkpointBytes / writeBytesPerSec;
  }

  /** Job {@code j}'s stall per checkpoint when alone: the write (sync) or the stage (async). */
  public double stallSeconds(int j) {
    return mode == CheckpointMode.ASYNC ? stageSeconds(j) : uncontendedWriteSeconds();
  }

  /** Async: time to copy a checkpoint to job {@code j}'s node-local NVMe. */
  public double stageSeconds(int j) {
    return checkpointBytes / (stageBytesPerSecPerGpu * gpusOf(j));
  }

  /**
   * What the run cannot show because a transfer outlasts the horizon even alone (a rate legal
   * but absurdly small, say 1e-300 B/s): each such transfer never completes in the simulation,
   * and the output says so rather than leaving it to be guessed from the figures.
   */
  public List<String> neverCompletes() {
    List<String> out = new ArrayList<>();
    String horizon = Units.human(horizonSeconds, Dimension.DURATION);
    if (uncontendedWriteSeconds() > horizonSeconds) {
      out.add("One checkpoint write alone takes " + longer(uncontendedWriteSeconds()) + " at "
          + small(writeBytesPerSec) + ", longer than the " + horizon + " horizon: no checkpoint write completes.");
    }
    if (mode == CheckpointMode.ASYNC && stageSeconds(0) > horizonSeconds) {
      out.add("Staging one checkpoint takes " + longer(stageSeconds(0)) + " at "
          + small(stageBytesPerSecPerGpu) + " per GPU, longer than the " + horizon + " horizon: no checkpoint is staged.");
    }
    if (wan() && checkpointBytes / wanBytesPerSec > horizonSeconds) {
      out.add("One WAN copy alone takes " + longer(checkpointBytes / wanBytesPerSec) + " at "
          + small(wanBytesPerSec) + ", longer than the " + horizon + " horizon: no copy reaches the central store.");
    }
    return out;
  }

  /** "3.2 d", or "forever" for a time past the largest double. */
  private static String longer(double seconds) {
    return Double.isInfinite(seconds) ? "forever" : Units.human(seconds, Dimension.DURATION);
  }

  /** A rate as usual, or in scientific notation below 1 B/s (where "0 B/s" would mislead). */
  private static String small(double bytesPerSec) {
    return bytesPerSec >= 1 ? Units.human(bytesPerSec, Dimension.BYTE_RATE)
        : String.format(java.util.Locale.ROOT, "%.3g B/s", bytesPerSec);
  }

  /** The least local capacity for which only pending uploads are ever evicted. */
  public double minimumLocalCapacityBytes() {
    return (double) jobs * (keepLocal + 1) * checkpointBytes;
  }

  public boolean wan() {
    return copyEvery > 0;
  }

  /**
   * About how many events one replication takes: per job, three per checkpoint interval and two
   * per failure; two per WAN outage; the backlog samples.
   */
  public double expectedEvents() {
    return estimate(jobs, gpus, horizonSeconds, intervalSeconds, gpuMtbfSeconds, copyEvery,
        outageEverySeconds, outageMeanSeconds);
  }

  private static double estimate(int jobs, long gpus, double horizon, double interval,
      double gpuMtbf, int copyEvery, double outageEvery, double outageMean) {
    double perJob = 3 * horizon / interval;
    double failures = 2 * horizon * gpus / gpuMtbf;
    double outages = copyEvery > 0 && Double.isFinite(outageEvery)
        ? 2 * horizon / (outageEvery + outageMean) : 0;
    return jobs * perJob + failures + outages + TrainingModel.BACKLOG_POINTS + 1;
  }

  /** A builder holding this configuration, to change one parameter (sweeps, tests). */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.jobs = jobs;
    b.gpus = gpus;
    b.checkpointBytes = checkpointBytes;
    b.intervalSeconds = intervalSeconds;
    b.mode = mode;
    b.horizonSeconds = horizonSeconds;
    b.writeBytesPerSec = writeBytesPerSec;
    b.stageBytesPerSecPerGpu = stageBytesPerSecPerGpu;
    b.gpuMtbfSeconds = gpuMtbfSeconds;
    b.failureLaw = failureLaw;
    b.restartSeconds = restartSeconds;
    b.localCapacityBytes = localCapacityBytes;
    b.keepLocal = keepLocal;
    b.copyEvery = copyEvery;
    b.wanBytesPerSec = wanBytesPerSec;
    b.outageEverySeconds = outageEverySeconds;
    b.outageMeanSeconds = outageMeanSeconds;
    b.outageAtSeconds = outageAtSeconds;
    b.outageForSeconds = outageForSeconds;
    b.alignedStart = alignedStart;
    return b;
  }

  /**
   * Mutable staging with neutral defaults: one job, no failures, no WAN copies, unlimited local
   * capacity and an aligned start. Callers set what their question is about.
   */
  public static final class Builder {
    private int jobs = 1;
    private long gpus = 1;
    private double checkpointBytes = Double.NaN;
    private double intervalSeconds = Double.NaN;
    private CheckpointMode mode = CheckpointMode.SYNC;
    private double horizonSeconds = Double.NaN;
    private double writeBytesPerSec = Double.NaN;
    private double stageBytesPerSecPerGpu = Double.POSITIVE_INFINITY;
    private double gpuMtbfSeconds = Double.POSITIVE_INFINITY;
    private FailureLaw failureLaw = FailureLaw.EXPONENTIAL;
    private double restartSeconds;
    private double localCapacityBytes = Double.POSITIVE_INFINITY;
    private int keepLocal = 1;
    private int copyEvery;
    private double wanBytesPerSec = Double.POSITIVE_INFINITY;
    private double outageEverySeconds = Double.POSITIVE_INFINITY;
    private double outageMeanSeconds;
    private double outageAtSeconds = Double.NaN;
    private double outageForSeconds;
    private boolean alignedStart = true;

    public Builder jobs(int n, long fleetGpus) {
      this.jobs = n;
      this.gpus = fleetGpus;
      return this;
    }

    public Builder checkpoint(double bytes, double interval, CheckpointMode m) {
      this.checkpointBytes = bytes;
      this.intervalSeconds = interval;
      this.mode = m;
      return this;
    }

    public Builder horizon(double seconds) {
      this.horizonSeconds = seconds;
      return this;
    }

    public Builder writeBandwidth(double bytesPerSec) {
      this.writeBytesPerSec = bytesPerSec;
      return this;
    }

    public Builder stageRatePerGpu(double bytesPerSec) {
      this.stageBytesPerSecPerGpu = bytesPerSec;
      return this;
    }

    public Builder failures(double gpuMtbf, FailureLaw law, double restart) {
      this.gpuMtbfSeconds = gpuMtbf;
      this.failureLaw = law;
      this.restartSeconds = restart;
      return this;
    }

    public Builder local(double capacityBytes, int keep) {
      this.localCapacityBytes = capacityBytes;
      this.keepLocal = keep;
      return this;
    }

    public Builder wan(int every, double bytesPerSec) {
      this.copyEvery = every;
      this.wanBytesPerSec = bytesPerSec;
      return this;
    }

    public Builder randomOutages(double meanUpSeconds, double meanDownSeconds) {
      this.outageEverySeconds = meanUpSeconds;
      this.outageMeanSeconds = meanDownSeconds;
      return this;
    }

    public Builder scheduledOutage(double atSeconds, double forSeconds) {
      this.outageAtSeconds = atSeconds;
      this.outageForSeconds = forSeconds;
      return this;
    }

    public Builder alignedStart(boolean aligned) {
      this.alignedStart = aligned;
      return this;
    }

    /** Validates and seals; every problem names the {@code simulate} flag that sets it. */
    public SimConfig build() {
      List<String> p = new ArrayList<>();
      if (jobs < 1 || jobs > MAX_JOBS) {
        p.add("--jobs: must be from 1 to " + MAX_JOBS + ", got " + jobs);
      } else if (gpus < jobs) {
        p.add("--jobs: " + jobs + " jobs need at least one GPU each, but the fleet has " + gpus
            + " GPU(s)");
      }
      positive(p, "--checkpoint-bytes", checkpointBytes, Dimension.BYTES);
      positive(p, "--interval", intervalSeconds, Dimension.DURATION);
      positive(p, "--horizon", horizonSeconds, Dimension.DURATION);
      positive(p, "--write-rate", writeBytesPerSec, Dimension.BYTE_RATE);
      if (mode == null) {
        p.add("--mode: expected sync or async");
      }
      if (!(stageBytesPerSecPerGpu > 0)) {
        p.add("--stage-rate: must be greater than zero, got " + stageBytesPerSecPerGpu);
      }
      if (!(gpuMtbfSeconds > 0)) {
        p.add("--gpu-mtbf: must be greater than zero, got " + gpuMtbfSeconds);
      }
      if (failureLaw == null) {
        p.add("--weibull-shape: missing failure law");
      }
      if (!(restartSeconds >= 0) || Double.isInfinite(restartSeconds)) {
        p.add("--restart-time: must be zero or more, got " + restartSeconds);
      }
      if (keepLocal < 1 || keepLocal > MAX_KEEP_LOCAL) {
        p.add("--keep-local: must be from 1 (a restart needs the latest checkpoint) to "
            + MAX_KEEP_LOCAL + ", got " + keepLocal);
      } else if ((long) jobs * keepLocal > MAX_KEPT) {
        p.add("--keep-local: " + jobs + " jobs x " + keepLocal + " kept = "
            + (long) jobs * keepLocal + " checkpoints to track; expected at most " + MAX_KEPT
            + " (fewer --jobs or a smaller --keep-local)");
      }
      if (copyEvery < 0) {
        p.add("--copy-every: must be 0 (no WAN copies) or more, got " + copyEvery);
      }
      if (copyEvery > 0 && !(wanBytesPerSec > 0)) {
        p.add("--wan-rate: must be greater than zero, got " + wanBytesPerSec);
      }
      if (!(outageEverySeconds > 0)) {
        p.add("--outage-every: must be greater than zero, got " + outageEverySeconds);
      }
      if (Double.isFinite(outageEverySeconds)
          && (!(outageMeanSeconds > 0) || Double.isInfinite(outageMeanSeconds))) {
        p.add("--outage-mean: must be a duration greater than zero, got " + outageMeanSeconds);
      }
      if (!Double.isNaN(outageAtSeconds)
          && (!(outageAtSeconds >= 0) || !(outageForSeconds > 0)
              || Double.isInfinite(outageAtSeconds + outageForSeconds))) {
        p.add("--outage-at/--outage-for: need a start of zero or more and a duration greater than"
            + " zero, got " + outageAtSeconds + " s and " + outageForSeconds + " s");
      }
      if (failureLaw != null && (failureLaw.shape() < FailureLaw.MIN_SHAPE
          || failureLaw.shape() > FailureLaw.MAX_SHAPE)) {
        p.add("--weibull-shape: must be from " + Units.sig(FailureLaw.MIN_SHAPE) + " to "
            + Units.sig(FailureLaw.MAX_SHAPE) + ", got " + Units.sig(failureLaw.shape()));
      }
      if (p.isEmpty()) {
        double events = estimate(jobs, gpus, horizonSeconds, intervalSeconds, gpuMtbfSeconds,
            copyEvery, outageEverySeconds, outageMeanSeconds);
        if (events > MAX_EVENTS) {
          p.add("--horizon: " + Units.human(horizonSeconds, Dimension.DURATION) + " would take "
              + "about " + Units.sig(events / 1e9) + " billion events per replication (at most "
              + Units.sig(MAX_EVENTS / 1e9) + "); shorten --horizon or lengthen --interval or "
              + "--gpu-mtbf");
        }
      }
      if (p.isEmpty()) {
        double need = (double) jobs * (keepLocal + 1) * checkpointBytes;
        if (!(localCapacityBytes >= need)) {
          p.add("--local-capacity: " + Units.human(localCapacityBytes, Dimension.BYTES)
              + " cannot hold " + jobs + " job(s) x (" + keepLocal + " kept + 1 being written) x "
              + Units.human(checkpointBytes, Dimension.BYTES) + " = "
              + Units.human(need, Dimension.BYTES));
        }
      }
      if (!p.isEmpty()) {
        throw new InputException(p);
      }
      return new SimConfig(jobs, gpus, checkpointBytes, intervalSeconds, mode, horizonSeconds,
          writeBytesPerSec, stageBytesPerSecPerGpu, gpuMtbfSeconds, failureLaw, restartSeconds,
          localCapacityBytes, keepLocal, copyEvery, wanBytesPerSec, outageEverySeconds,
          outageMeanSeconds, outageAtSeconds, outageForSeconds, alignedStart);
    }

    private static void positive(List<String> p, String flag, double v, Dimension d) {
      if (!(v > 0) || Double.isInfinite(v)) {
        p.add(flag + ": must be greater than zero, got "
            + (Double.isNaN(v) ? "nothing" : Units.sig(v)) + "; expected " + d.describe());
      }
    }
  }
}
