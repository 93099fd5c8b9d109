package io.exaplan.report;

import static io.exaplan.config.Units.human;

import io.exaplan.checkpoint.GpuSideFit;
import io.exaplan.checkpoint.JobOnDesign;
import io.exaplan.checkpoint.Shards;
import io.exaplan.checkpoint.WorkloadNeeds;
import io.exaplan.config.Dimension;
import io.exaplan.config.Units;

/**
 * Tables of the GPU side (docs/model.md, "Shards per rank", "The GPU side", "Restore",
 * "Two-tier checkpoints", "Data loading and capacity by workload"): who writes what of a
 * checkpoint, each design as one job's GPUs see it, sync against two-tier checkpoints, and a
 * workload's read and capacity needs. Shared by {@code compare}, {@code checkpoint} and the
 * report, so every renderer prints the same figures.
 */
public final class GpuSideViews {
  private GpuSideViews() {}

  private static final Columns<Shards.Part> SHARDS = Columns.<Shards.Part>of()
      .text("part", "Part", Shards.Part::name)
      .text("shardedAs", "Sharded as", p -> p.sharding().key())
      .number("GB", "Bytes", "GB", 1, p -> p.bytes() / 1e9)
      .count("shards", "Shards (writers)", Shards.Part::shards)
      .number("perWriterGB", "Per writer", "GB", 3, p -> p.bytesPerWriter() / 1e9);

  /** The parts of the checkpoint and what the busiest rank and node write. */
  public static Table shards(GpuSideFit g) {
    Shards s = g.shardPlan();
    Columns<Shards.Part>.Rows t = SHARDS.rows("shards", "Checkpoint shards: TP "
        + s.parallelism().tp() + " x PP " + s.parallelism().pp() + " x DP "
        + s.parallelism().dp() + ", ZeRO " + s.parallelism().zero() + ", "
        + Units.grouped(s.ranks()) + " ranks on "
        + Units.grouped(s.nodes()) + " x " + g.gpuNode() + " ("
        + s.gpusPerNode() + " GPUs, " + human(g.nodeStorageBytesPerSec(), Dimension.BYTE_RATE)
        + " storage NICs each)", Table.Layout.ROWS).addAll(s.parts());
    t.line().put("part", "largest rank (first replica)").put("shardedAs", "")
        .put("GB", s.largestRankBytes() / 1e9).put("shards", s.writers()).done();
    t.line().put("part", "largest GPU node (" + Units.grouped(s.writingNodes()) + " nodes write)").put("shardedAs", "")
        .put("GB", s.largestNodeBytes() / 1e9).done();
    return t.build();
  }

  static final Columns<JobOnDesign> JOB_COLUMNS = Columns.<JobOnDesign>of()
      .text("option", "Option", JobOnDesign::option)
      .count("jobs", "Jobs sharing", j -> j.share().jobs())
      .number("jobWriteTBps", "Job write", "TB/s", 3, j -> j.share().jobWriteBytesPerSec() / 1e12)
      .text("writeBound", "Write bound", j -> j.share().writeClientBound() ? "client" : "storage")
      .number("writeS", "Write time", "s", 2, j -> j.share().writeSeconds())
      .number("jobReadTBps", "Job read", "TB/s", 3, j -> j.share().jobReadBytesPerSec() / 1e12)
      .number("restoreS", "Restore", "s", 2, j -> j.restore().restoreSeconds())
      .number("weightsRestoreS", "Weights restore", "s", 2,
          j -> j.restore().weightsRestoreSeconds())
      .number("centralRestoreMin", "Restore from central", "min", 1,
          j -> j.restore().centralRestoreSeconds() / 60)
      .number("restartMin", "Restart (Daly R)", "min", 2, j -> j.daly().restartSeconds() / 60)
      .number("dalyMin", "Daly interval", "min", 2, j -> j.daly().dalyIntervalSeconds() / 60)
      .number("dalyEfficiency", "Efficiency at Daly interval", "", 4,
          j -> j.daly().dalyEfficiency());

  /** Each design as one job's GPUs see it: share, bound, write, restore and Daly. */
  public static Table jobs(GpuSideFit g) {
    return JOB_COLUMNS.table("gpuSide", "One job of " + Units.grouped(g.jobGpus()) + " GPUs on each design: its share, write and restore (restart = "
        + g.restartWords() + ")", Table.Layout.ROWS, g.jobs());
  }

  private static final Columns<JobOnDesign> TWO_TIER = Columns.<JobOnDesign>of()
      .text("option", "Option", JobOnDesign::option)
      .number("syncStallS", "Sync stall", "s", 2, j -> j.twoTier().syncStallSeconds())
      .number("syncMinIntervalS", "Sync shortest interval", "s", 1,
          j -> j.twoTier().syncMinIntervalSeconds())
      .number("snapshotS", "Async stall (snapshot)", "s", 2, j -> j.twoTier().snapshotSeconds())
      .number("drainS", "Drain", "s", 2, j -> j.twoTier().drainSeconds())
      .number("localNeededGB", "Local tier needed per node", "GB", 1,
          j -> j.twoTier().localBytesNeededPerNode() / 1e9)
      .count("snapshotsFit", "Snapshots that fit", j -> j.twoTier().snapshotsFit())
      .flag("localFits", "Local tier fits", j -> j.twoTier().localFits())
      .number("asyncMinIntervalS", "Async shortest interval", "s", 2,
          j -> j.twoTier().asyncMinIntervalSeconds());

  /** Synchronous against two-tier (snapshot to node-local NVMe, then drain) on each design. */
  public static Table twoTier(GpuSideFit g) {
    return TWO_TIER.table("twoTier", "Sync vs two-tier checkpoints: local tier "
        + human(g.nodeLocalBytes(), Dimension.BYTES) + " at " + human(
            g.nodeLocalWriteBytesPerSec(), Dimension.BYTE_RATE) + " per node",
        Table.Layout.ROWS, g.jobs());
  }

  /** The workload's read and capacity needs against each option and the target. */
  public static Table workload(WorkloadNeeds n) {
    Columns<WorkloadNeeds.OptionRead> cols = Columns.<WorkloadNeeds.OptionRead>of()
        .text("option", "Option", WorkloadNeeds.OptionRead::option)
        .number("readGBps", "Read", "GB/s", 1, o -> o.readBytesPerSec() / 1e9)
        .number("needReadGBps", "Workload read", "GB/s", 3, o -> n.readBytesPerSec() / 1e9)
        .flag("meetsRead", "Meets read", WorkloadNeeds.OptionRead::meetsRead)
        .number("usablePB", "Usable", "PB", 1, o -> o.usableBytes() / 1e15)
        .number("needPB", "Workload capacity", "PB", 3, o -> n.capacityBytes() / 1e15)
        .flag("meetsCapacity", "Meets capacity", WorkloadNeeds.OptionRead::meetsCapacity);
    return cols.table("workload", n.workloadName() + ": read "
        + human(n.readBytesPerSec(), Dimension.BYTE_RATE) + " for " + Units.grouped(n.gpus()) + " GPUs (guidance "
        + human(n.guidanceReadBytesPerSec(), Dimension.BYTE_RATE) + "), capacity "
        + human(n.capacityBytes(), Dimension.BYTES) + " = (" + n.jobs() + " data sets "
        + human(n.datasetsBytes(), Dimension.BYTES) + " + " + n.jobs() + " x "
        + n.checkpointsRetainedPerJob() + " checkpoints " + human(n.checkpointsBytes(),
            Dimension.BYTES) + ") + scratch " + human(n.scratchBytes(), Dimension.BYTES)
        + " (target " + human(n.targetUsableBytes(), Dimension.BYTES) + ")",
        Table.Layout.ROWS, n.readVsOptions());
  }
}
