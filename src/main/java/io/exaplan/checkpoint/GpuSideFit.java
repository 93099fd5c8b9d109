package io.exaplan.checkpoint;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.exaplan.catalog.GpuNodeModel;
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
 */
public record GpuSideFit(String gpuNode, String gpuNodeName, double nodeStorageBytesPerSec, double nodeLocalBytes, double nodeLocalWriteBytesPerSec,
    long jobGpus, @JsonUnwrapped Shards shardPlan, double restartOverheadSeconds,
    double fleetMtbfSeconds, List<JobOnDesign> jobs, List<String> notes) {

  public GpuSideFit {
    jobs = List.copyOf(jobs);
    notes = List.copyOf(notes);
  }

  /**
   * The job of {@code jobGpus} GPUs laid out as {@code p} on {@code node}s, with checkpoint
   * {@code size}, against {@code designs}; failures at per-GPU MTBF {@code gpuMtbfSeconds}.
   */
  public static GpuSideFit of(CheckpointSize size, Parallelism p, GpuNodeModel node,
      long jobGpus, List<JobOnDesign.Design> designs, double stallFraction, CheckpointMode mode,
      double wanBytesPerSec, double gpuMtbfSeconds, double restartOverheadSeconds,
      List<String> notes) {
    Shards s = Shards.of(size, p, node.gpus());
    double m = Failures.fleetMtbf(gpuMtbfSeconds, jobGpus);
    List<JobOnDesign> rows = new ArrayList<>();
    for (JobOnDesign j : JobOnDesign.of(designs, s, node, stallFraction, wanBytesPerSec)) {
      rows.add(j.withDaly(m, restartOverheadSeconds, mode));
    }
    return new GpuSideFit(node.id(), node.name(), node.storageBytesPerSec(),
        node.localBytes(), node.localWriteBytesPerSec(), jobGpus, s, restartOverheadSeconds, m,
        rows, notes);
  }

  /** The row of design {@code option}; null when absent. */
  public JobOnDesign job(String option) {
    return jobs.stream().filter(j -> j.option().equals(option)).findFirst().orElse(null);
  }
}
