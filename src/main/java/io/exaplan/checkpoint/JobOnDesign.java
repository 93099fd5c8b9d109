package io.exaplan.checkpoint;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.exaplan.catalog.GpuNodeModel;
import java.util.List;

/**
 * One training job's checkpoint traffic on one storage design, seen from the GPUs: the job's share
 * of the design's read and write (the design serves {@code jobs} jobs that checkpoint at once),
 * bounded by the job's own storage NICs; the time to write and to restore its checkpoint; and the
 * synchronous and two-tier (asynchronous) ways of catching it.
 *
 * @param option the design's id
 */
public record JobOnDesign(String option, @JsonUnwrapped Share share,
    @JsonUnwrapped Restore restore, @JsonUnwrapped TwoTier twoTier, @JsonUnwrapped Daly daly) {

  /**
   * Daly's model on this design: restart R = restart overhead + restore time (so a design that
   * reads faster loses less to each failure), delta = the stall per checkpoint (the write when
   * synchronous, the snapshot when asynchronous); null until {@link #withDaly} is applied.
   */
  public record Daly(String mode, double restartSeconds, double deltaSeconds,
      double dalyIntervalSeconds, double dalyEfficiency) {}

  /**
   * This row with Daly's interval and efficiency for a job of fleet MTBF {@code mtbf}; a given
   * {@code restartSeconds} (non-null) replaces overhead + restore.
   */
  public JobOnDesign withDaly(double mtbfSeconds, double restartOverheadSeconds,
      Double restartSeconds, CheckpointMode mode) {
    double r = restartSeconds != null ? restartSeconds
        : restartOverheadSeconds + restore.restoreSeconds();
    double delta = mode == CheckpointMode.SYNC ? share.writeSeconds() : twoTier.snapshotSeconds();
    double tau = Failures.dalyInterval(delta, mtbfSeconds);
    return new JobOnDesign(option, share, restore, twoTier, new Daly(mode.key(), r, delta, tau,
        Failures.efficiency(tau, delta, mtbfSeconds, r)));
  }

  /**
   * What the design gives the job, from {@link JobShare}: {@code jobWriteBytesPerSec = min(design
   * write / jobs, writing nodes x node NIC, checkpoint x node NIC / node 0's bytes)} (the last
   * term: the busiest node can write no faster than its own NICs), and write time = checkpoint /
   * job write, as the cadence verdict computes it. The read is {@code min(design read / jobs,
   * all the job's nodes x node NIC)} (every rank reads its shard back); restore = max(checkpoint
   * / job read, node 0's bytes / node NIC).
   */
  public record Share(int jobs, double jobWriteBytesPerSec, boolean writeClientBound,
      double jobReadBytesPerSec, boolean readClientBound, double writeSeconds) {}

  /**
   * Reading the checkpoint back after a failure: all of it at the job's read
   * ({@code restoreSeconds}), the weights alone for serving or evaluation
   * ({@code weightsRestoreSeconds}, null when the size was given in bytes), and both from the
   * central object store across the site's WAN after the local copy is lost.
   */
  public record Restore(double restoreSeconds, Double weightsRestoreSeconds,
      double wanBytesPerSec, double centralRestoreSeconds, Double centralWeightsRestoreSeconds) {}

  /**
   * Synchronous against two-tier checkpoints. Sync: training stalls for the write; the shortest
   * interval keeps the stall within the allowed fraction. Async: each node snapshots its ranks'
   * shards to node-local NVMe (the stall), then drains them to the shared storage at the job's
   * write while training goes on; the drain must end before the next checkpoint, and the local
   * tier must hold two snapshots (one draining, one being taken).
   */
  public record TwoTier(double syncStallSeconds, double syncMinIntervalSeconds,
      double snapshotSeconds, double drainSeconds, double localBytesNeededPerNode,
      double localBytesPerNode, long snapshotsFit, boolean localFits,
      double asyncMinIntervalSeconds) {}

  /** A design as the job sees it: its whole read and write (already GPU-side bounded) and jobs. */
  public record Design(String option, double readBytesPerSec, double writeBytesPerSec, int jobs) {}

  /** Snapshots the local tier must hold: the one draining and the one being taken. */
  public static final int SNAPSHOTS_NEEDED = 2;

  /**
   * {@code d} for a job laid out as {@code shards} on {@code node}s, checkpointing with
   * {@code stallFraction} allowed, a WAN of {@code wanBytesPerSec} to the central store.
   */
  public static JobOnDesign of(Design d, Shards shards, GpuNodeModel node, double stallFraction,
      double wanBytesPerSec) {
    double nic = node.storageBytesPerSec();
    JobShare w = new JobShare(d.jobs(), d.writeBytesPerSec(), JobShare.gpuSideWrite(shards, nic));
    JobShare rd = new JobShare(d.jobs(), d.readBytesPerSec(), shards.nodes() * nic);
    double jobWrite = w.bytesPerSec();
    double jobRead = rd.bytesPerSec();
    double c = shards.checkpointBytes();
    double nodeBytes = shards.largestNodeBytes();
    double write = c / jobWrite;
    double restore = Math.max(c / jobRead, nodeBytes / nic);
    double wt = shards.weightsBytes();
    boolean hasWeights = wt > 0;
    Double weightsRestore = hasWeights ? Math.max(wt / jobRead, nodeWeights(shards) / nic) : null;
    Share share = new Share(d.jobs(), jobWrite, w.clientBound(), jobRead,
        rd.clientBound() || nodeBytes / nic > c / jobRead, write);
    Restore r = new Restore(restore, weightsRestore, wanBytesPerSec, c / wanBytesPerSec,
        hasWeights ? wt / wanBytesPerSec : null);
    long fit = (long) Math.floor(node.localBytes() / nodeBytes + 1e-9);
    double snapshot = nodeBytes / node.localWriteBytesPerSec();
    TwoTier t = new TwoTier(write, write / stallFraction, snapshot, write,
        SNAPSHOTS_NEEDED * nodeBytes, node.localBytes(), fit, fit >= SNAPSHOTS_NEEDED,
        Math.max(write, snapshot));
    return new JobOnDesign(d.option(), share, r, t, null);
  }

  /** Node 0's share of the weights: its first-replica ranks' slices of the weights parts. */
  private static double nodeWeights(Shards s) {
    long onNode0 = Math.min(s.gpusPerNode(), s.ranks());
    long replica = Math.min(onNode0, s.parallelism().modelParallel());
    double out = 0;
    for (Shards.Part p : s.parts()) {
      if (p.sharding() == Sharding.WEIGHTS) {
        out += (p.shards() == s.ranks() ? onNode0 : replica) * p.bytesPerWriter();
      }
    }
    return out;
  }

  /** Every design in order. */
  public static List<JobOnDesign> of(List<Design> designs, Shards shards, GpuNodeModel node,
      double stallFraction, double wanBytesPerSec) {
    return designs.stream().map(d -> of(d, shards, node, stallFraction, wanBytesPerSec))
        .toList();
  }
}
