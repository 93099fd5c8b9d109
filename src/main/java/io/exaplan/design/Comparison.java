package io.exaplan.design;

import io.exaplan.checkpoint.CheckpointFit;
import io.exaplan.checkpoint.GpuSideFit;
import java.util.List;

/**
 * The answer of {@code compare}: the scenario, every registered option in registry order, and
 * how each option catches the scenario's checkpoints, also seen from the GPUs of one job
 * ({@code gpuSide}: shards, the job's share, restore, sync vs two-tier), and what the
 * scenario's workload asks for in read and capacity ({@code workload}).
 */
public record Comparison(Scenario scenario, List<Option> options, CheckpointFit checkpoint,
    GpuSideFit gpuSide, io.exaplan.checkpoint.WorkloadNeeds workload) {
  public Comparison {
    options = List.copyOf(options);
  }
}
