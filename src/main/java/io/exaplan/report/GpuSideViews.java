package io.exaplan.report;

import static io.exaplan.config.Units.human;

import io.exaplan.checkpoint.GpuSideFit;
import io.exaplan.checkpoint.JobOnDesign;
import io.exaplan.checkpoint.Shards;
import io.exaplan.checkpoint.WorkloadNeeds;
import io.exaplan.config.Dimension;
import java.util.List;

/**
 * Tables of the GPU side (docs/model.md, "Shards per rank", "The GPU side", "Restore",
 * "Two-tier checkpoints", "Data loading and capacity by workload"): who writes what of a
 * checkpoint, each design as one job's GPUs see it, sync against two-tier checkpoints, and a
 * workload's read and capacity needs. Shared by {@code compare}, {@code checkpoint} and the
 * report, so every renderer prints the same figures.
 */
public final class GpuSideViews {
  private GpuSideViews() {}

  /** The parts of the checkpoint and what the busiest rank and node write. */
  public static Table shards(GpuSideFit g) {
    Shards s = g.shardPlan();
    Table.Builder t = new Table.Builder("shards", "Checkpoint shards: TP " + s.parallelism().tp()
        + " x PP " + s.parallelism().pp() + " x DP " + s.parallelism().dp() + ", ZeRO "
        + s.parallelism().zero() + ", " + String.format(java.util.Locale.ROOT, "%,d",
            s.ranks()) + " ranks on " + String.format(java.util.Locale.ROOT, "%,d", s.nodes())
        + " x " + g.gpuNode() + " (" + s.gpusPerNode() + " GPUs, "
        + human(g.nodeStorageBytesPerSec(), Dimension.BYTE_RATE) + " storage NICs each)",
        Table.Layout.ROWS, List.of(Column.text("part", "Part"), Column.text("shardedAs",
            "Sharded as"), Column.number("GB", "Bytes", "GB", 1), Column.count("shards",
                "Shards (writers)"), Column.number("perWriterGB", "Per writer", "GB", 3)));
    for (Shards.Part p : s.parts()) {
      t.row(p.name(), p.sharding().key(), p.bytes() / 1e9, p.shards(), p.bytesPerWriter() / 1e9);
    }
    t.row("largest rank (first replica)", "", s.largestRankBytes() / 1e9, s.writers(), null);
    t.row("largest GPU node (" + String.format(java.util.Locale.ROOT, "%,d", s.writingNodes())
        + " nodes write)", "",
        s.largestNodeBytes() / 1e9, null, null);
    return t.build();
  }

  static final List<Column> JOB_COLUMNS = List.of(
      Column.text("option", "Option"),
      Column.count("jobs", "Jobs sharing"),
      Column.number("jobWriteTBps", "Job write", "TB/s", 3),
      Column.text("writeBound", "Write bound"),
      Column.number("writeS", "Write time", "s", 2),
      Column.number("jobReadTBps", "Job read", "TB/s", 3),
      Column.number("restoreS", "Restore", "s", 2),
      Column.number("weightsRestoreS", "Weights restore", "s", 2),
      Column.number("centralRestoreMin", "Restore from central", "min", 1),
      Column.number("restartMin", "Restart (Daly R)", "min", 2),
      Column.number("dalyMin", "Daly interval", "min", 2),
      Column.number("dalyEfficiency", "Efficiency at Daly interval", "", 4));

  /** Each design as one job's GPUs see it: share, bound, write, restore and Daly. */
  public static Table jobs(GpuSideFit g) {
    Table.Builder t = new Table.Builder("gpuSide", "One job of " + String.format(
        java.util.Locale.ROOT, "%,d", g.jobGpus()) + " GPUs on each design: its share, "
        + "write and restore (restart = " + (g.restartGiven() ? "given" : human(
            g.restartOverheadSeconds(), Dimension.DURATION) + " overhead + restore") + ")",
        Table.Layout.ROWS, JOB_COLUMNS);
    for (JobOnDesign j : g.jobs()) {
      JobOnDesign.Share s = j.share();
      JobOnDesign.Restore r = j.restore();
      t.row(j.option(), s.jobs(), s.jobWriteBytesPerSec() / 1e12,
          s.writeClientBound() ? "client" : "storage", s.writeSeconds(),
          s.jobReadBytesPerSec() / 1e12, r.restoreSeconds(), r.weightsRestoreSeconds(),
          r.centralRestoreSeconds() / 60, j.daly().restartSeconds() / 60,
          j.daly().dalyIntervalSeconds() / 60, j.daly().dalyEfficiency());
    }
    return t.build();
  }

  /** Synchronous against two-tier (snapshot to node-local NVMe, then drain) on each design. */
  public static Table twoTier(GpuSideFit g) {
    Table.Builder t = new Table.Builder("twoTier", "Sync vs two-tier checkpoints: local tier "
        + human(g.nodeLocalBytes(), Dimension.BYTES) + " at " + human(
            g.nodeLocalWriteBytesPerSec(), Dimension.BYTE_RATE) + " per node",
        Table.Layout.ROWS, List.of(Column.text("option", "Option"),
            Column.number("syncStallS", "Sync stall", "s", 2),
            Column.number("syncMinIntervalS", "Sync shortest interval", "s", 1),
            Column.number("snapshotS", "Async stall (snapshot)", "s", 2),
            Column.number("drainS", "Drain", "s", 2),
            Column.number("localNeededGB", "Local tier needed per node", "GB", 1),
            Column.count("snapshotsFit", "Snapshots that fit"),
            Column.text("localFits", "Local tier fits"),
            Column.number("asyncMinIntervalS", "Async shortest interval", "s", 2)));
    for (JobOnDesign j : g.jobs()) {
      JobOnDesign.TwoTier x = j.twoTier();
      t.row(j.option(), x.syncStallSeconds(), x.syncMinIntervalSeconds(), x.snapshotSeconds(),
          x.drainSeconds(), x.localBytesNeededPerNode() / 1e9, x.snapshotsFit(),
          x.localFits() ? "yes" : "no", x.asyncMinIntervalSeconds());
    }
    return t.build();
  }

  /** The workload's read and capacity needs against each option and the target. */
  public static Table workload(WorkloadNeeds n) {
    Table.Builder t = new Table.Builder("workload", n.workloadName() + ": read "
        + human(n.readBytesPerSec(), Dimension.BYTE_RATE) + " for " + String.format(
            java.util.Locale.ROOT, "%,d", n.gpus()) + " GPUs (guidance "
        + human(n.guidanceReadBytesPerSec(), Dimension.BYTE_RATE) + "), capacity "
        + human(n.capacityBytes(), Dimension.BYTES) + " = (" + n.jobs() + " data sets "
        + human(n.datasetsBytes(), Dimension.BYTES) + " + " + n.jobs() + " x "
        + n.checkpointsRetainedPerJob() + " checkpoints " + human(n.checkpointsBytes(),
            Dimension.BYTES) + ") + scratch " + human(n.scratchBytes(), Dimension.BYTES)
        + " (target " + human(n.targetUsableBytes(), Dimension.BYTES) + ")",
        Table.Layout.ROWS, List.of(Column.text("option", "Option"),
            Column.number("readGBps", "Read", "GB/s", 1),
            Column.number("needReadGBps", "Workload read", "GB/s", 3),
            Column.text("meetsRead", "Meets read"),
            Column.number("usablePB", "Usable", "PB", 1),
            Column.number("needPB", "Workload capacity", "PB", 3),
            Column.text("meetsCapacity", "Meets capacity")));
    for (WorkloadNeeds.OptionRead o : n.readVsOptions()) {
      t.row(o.option(), o.readBytesPerSec() / 1e9, n.readBytesPerSec() / 1e9,
          o.meetsRead() ? "yes" : "no", o.usableBytes() / 1e15, n.capacityBytes() / 1e15,
          o.meetsCapacity() ? "yes" : "no");
    }
    return t.build();
  }
}
