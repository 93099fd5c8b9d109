package io.exaplan.checkpoint;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.exaplan.catalog.GpuNodeModel;
import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * One training job's checkpoint seen from its GPUs, on every design: how it is sharded over ranks
 * and GPU nodes ({@link Shards}), and per design its share of the bandwidth, write and restore
 * times, sync against two-tier checkpoints and Daly's efficiency with the restore in the restart
 * time ({@link JobOnDesign}). What {@code compare}, {@code checkpoint} and the report print.
 *
 * @param jobGpus GPUs of the job (the scenario's cluster, or {@code --gpus})
 * @param restartOverheadSeconds restart time before the restore (rescheduling, process start)
 * @param restartGiven true when the restart time was given whole (--restart-time): the restore
 *     is then not added
 */
public record GpuSideFit(String gpuNode, String gpuNodeName, double nodeStorageBytesPerSec, double nodeLocalBytes, double nodeLocalWriteBytesPerSec,
    long jobGpus, @JsonUnwrapped Shards shardPlan, double restartOverheadSeconds,
    boolean restartGiven,
    double fleetMtbfSeconds, List<JobOnDesign> jobs, List<String> notes,
    List<String> assumptions) {

  public GpuSideFit {
    jobs = List.copyOf(jobs);
    notes = List.copyOf(notes);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * The job of {@code jobGpus} GPUs laid out as {@code p} on {@code node}s, with checkpoint
   * {@code size}, against {@code designs}; failures at per-GPU MTBF {@code gpuMtbfSeconds}.
   */
  public static GpuSideFit of(CheckpointSize size, Parallelism p, GpuNodeModel node,
      long jobGpus, List<JobOnDesign.Design> designs, double stallFraction, CheckpointMode mode,
      double wanBytesPerSec, double gpuMtbfSeconds, double restartOverheadSeconds,
      Double restartSeconds, List<String> notes, List<String> assumptions) {
    Shards s = Shards.of(size, p, node.gpus());
    double m = Failures.fleetMtbf(gpuMtbfSeconds, jobGpus);
    List<JobOnDesign> rows = new ArrayList<>();
    for (JobOnDesign j : JobOnDesign.of(designs, s, node, stallFraction, wanBytesPerSec)) {
      rows.add(j.withDaly(m, restartOverheadSeconds, restartSeconds, mode));
    }
    return new GpuSideFit(node.id(), node.name(), node.storageBytesPerSec(),
        node.localBytes(), node.localWriteBytesPerSec(), jobGpus, s,
        restartSeconds != null ? restartSeconds : restartOverheadSeconds, restartSeconds != null,
        m,
        rows, notes, assumptions);
  }

  /**
   * Daly's restart R in words, for every table, chart and sentence that states it: the given
   * time, or the overhead plus each design's own restore, which differs by design (a single
   * figure such as the first design's 10.01 min would pass one design's restore off as all's).
   */
  public String restartWords() {
    String r = Units.human(restartOverheadSeconds, Dimension.DURATION);
    return restartGiven ? r + ", given" : r + " overhead + the option's restore";
  }

  /** The job's GPU-side write bound ({@link JobShare#gpuSideWrite}), what caps its share. */
  public double writeBoundBytesPerSec() {
    return JobShare.gpuSideWrite(shardPlan, nodeStorageBytesPerSec);
  }

  /** The row of design {@code option}; null when absent. */
  public JobOnDesign job(String option) {
    return jobs.stream().filter(j -> j.option().equals(option)).findFirst().orElse(null);
  }
}
