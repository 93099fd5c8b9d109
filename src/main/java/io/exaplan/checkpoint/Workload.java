package io.exaplan.checkpoint;

import io.exaplan.catalog.Item;
import io.exaplan.config.Figure;
import java.util.Map;

/**
 * What a kind of training asks of storage besides checkpoints: the data loader's read per GPU, the
 * data set, and how many checkpoints are kept for how long (catalog/workloads.yaml).
 *
 * @param readBytesPerSecPerGpu bytes read per GPU per second of training
 * @param datasetBytes one job's data set
 * @param checkpointsKept newest checkpoints each job keeps
 * @param milestoneEverySeconds how often a checkpoint is kept beyond those
 * @param retentionSeconds how long those milestone checkpoints are kept
 * @param scratchShare share of the capacity for scratch and outputs, in [0, 1)
 */
public record Workload(String id, String name, double readBytesPerSecPerGpu, double datasetBytes,
    double epochs, int checkpointsKept, double milestoneEverySeconds, double retentionSeconds,
    double scratchShare, Map<String, Figure> figures) implements Item {

  /** Checkpoints one job holds: the newest kept plus the milestones within the retention. */
  public long checkpointsRetained() {
    return checkpointsKept + (long) Math.ceil(retentionSeconds / milestoneEverySeconds - 1e-9);
  }
}
