package io.exaplan.checkpoint;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Whether a storage design catches the checkpoints at a cadence. Synchronous: it must absorb a
 * checkpoint within the allowed stall, {@code write rate >= bytes / (stall x interval)}, and the
 * stall is the write time. Asynchronous: the drain must finish within the interval,
 * {@code write rate >= bytes / interval}; training does not wait on the shared storage.
 *
 * <p>A design serving several training jobs is judged on one job's share when the jobs
 * checkpoint at once, {@code min(write / jobs, the job's GPU-side bound)} ({@link JobShare}, the
 * same share the GPU-side table prints); the job's rate alone, {@code min(write, bound)}, is
 * shown beside it.
 * Staggering the jobs' checkpoints rescues a fit the share misses when one job alone meets the
 * rate and the jobs' write times fit one after another in the interval,
 * {@code jobs x bytes / write <= interval} ({@code simulate} plays the contention out).
 */
public final class DesignFit {
  private DesignFit() {}

  /**
   * A design's sustained write rate, as {@code compare} computes it, the training jobs that
   * share it (at least 1) and the job's GPU-side write bound ({@link JobShare#gpuSideWrite};
   * infinite when the job's GPUs are not modelled).
   */
  public record DesignRate(String option, double writeBytesPerSec, int jobs,
      double gpuSideWriteBytesPerSec) {
    public DesignRate {
      share(jobs, writeBytesPerSec, gpuSideWriteBytesPerSec);
    }

    /** A design {@code jobs} jobs share, the job's own nodes not modelled. */
    public DesignRate(String option, double writeBytesPerSec, int jobs) {
      this(option, writeBytesPerSec, jobs, Double.POSITIVE_INFINITY);
    }

    /** A design one job has to itself. */
    public DesignRate(String option, double writeBytesPerSec) {
      this(option, writeBytesPerSec, 1);
    }

    /** One job's share of this design's write. */
    public JobShare share() {
      return share(jobs, writeBytesPerSec, gpuSideWriteBytesPerSec);
    }

    private static JobShare share(int jobs, double write, double bound) {
      return new JobShare(jobs, write, bound);
    }
  }

  /**
   * One design at one cadence.
   *
   * @param jobs training jobs sharing the design
   * @param writeBytesPerSec one job's share when every job checkpoints at once
   *     ({@link JobShare#bytesPerSec}): what {@code meets} is judged on
   * @param aloneWriteBytesPerSec one job alone on the design ({@link JobShare#aloneBytesPerSec})
   * @param writeSeconds one job's write time at its share
   * @param stallSeconds the stall on shared storage per checkpoint; null when asynchronous
   * @param busyFraction write time / interval: the stall fraction when synchronous, the share of
   *     the interval the drain takes when asynchronous
   * @param meets the share meets the required rate
   * @param meetsAlone the whole rate meets it (one job alone, or perfectly staggered jobs)
   * @param staggeredFits staggering rescues the fit: it misses at the share, one job alone
   *     meets it, and jobs x the alone write time fits in the interval
   * @param minIntervalSeconds the shortest interval (highest cadence) the design supports at
   *     the share
   * @param designWriteBytesPerSec the design's whole write rate
   * @param gpuSideWriteBytesPerSec the job's GPU-side write bound; null when not modelled
   * @param writeClientBound the job's own nodes, not the design, set the share
   */
  public record Row(String option, double intervalSeconds, int jobs,
      double requiredWriteBytesPerSec, double writeBytesPerSec, double aloneWriteBytesPerSec,
      double writeSeconds, Double stallSeconds, double busyFraction, boolean meets,
      boolean meetsAlone, boolean staggeredFits, double minIntervalSeconds,
      double designWriteBytesPerSec,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double gpuSideWriteBytesPerSec,
      boolean writeClientBound) {

    /** The design and job this row judged, to judge them again at another cadence. */
    public DesignRate rate() {
      return new DesignRate(option, designWriteBytesPerSec, jobs,
          gpuSideWriteBytesPerSec == null ? Double.POSITIVE_INFINITY : gpuSideWriteBytesPerSec);
    }

    /** Which figure the verdict uses: "alone" for one job, "share of N jobs" otherwise. */
    public String verdictBasis() {
      return jobs == 1 ? "alone" : "share of " + jobs + " jobs";
    }

    /** The verdict on the share: "yes", "no", or "staggered only" when staggering rescues it. */
    public String verdict() {
      return meets ? "yes" : staggeredFits ? "staggered only" : "no";
    }

    /**
     * The verdict in a sentence, for findings: the share's verdict, the alone figure beside it,
     * and the staggering hint pointing to {@code simulate}.
     */
    public String sentence() {
      String basis = jobs == 1 ? "alone" : "each of " + jobs + " jobs' share when they "
          + "checkpoint at once";
      return option + (meets ? " keeps up" : " cannot keep up") + " on " + basis
          + (writeClientBound ? ", bound by the job's own storage NICs" : "")
          + (jobs == 1 ? "" : " (" + (meetsAlone ? "it would" : "it would not")
              + " alone)")
          + (staggeredFits ? "; staggered checkpoints (" + jobs + " x the alone write time fit "
              + "in the interval) would rescue it: `exaplan simulate` plays the contention out"
              : "")
          + ".";
    }
  }

  /** Every design at every cadence, designs in the order given, cadences shortest first. */
  public static List<Row> rows(double bytes, List<Double> intervals, double stallFraction,
      CheckpointMode mode, List<DesignRate> designs) {
    List<Row> out = new ArrayList<>();
    for (DesignRate d : designs) {
      for (double interval : new TreeSet<>(intervals)) {
        out.add(row(bytes, interval, stallFraction, mode, d));
      }
    }
    return out;
  }

  static Row row(double bytes, double interval, double stall, CheckpointMode mode,
      DesignRate d) {
    boolean sync = mode == CheckpointMode.SYNC;
    double required = sync ? Cadence.syncWriteBytesPerSec(bytes, interval, stall)
        : Cadence.asyncFloorBytesPerSec(bytes, interval);
    JobShare js = d.share();
    double alone = js.aloneBytesPerSec();
    double share = js.bytesPerSec();
    double write = bytes / share;
    double minInterval = sync ? bytes / (stall * share) : write;
    boolean meets = share >= required;
    boolean meetsAlone = alone >= required;
    boolean staggered = !meets && meetsAlone && d.jobs() * (bytes / alone) <= interval;
    return new Row(d.option(), interval, d.jobs(), required, share, alone, write,
        sync ? write : null, write / interval, meets, meetsAlone, staggered, minInterval,
        d.writeBytesPerSec(), Double.isInfinite(d.gpuSideWriteBytesPerSec()) ? null
            : d.gpuSideWriteBytesPerSec(), js.clientBound());
  }
}
