package io.exaplan.design;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointFit;
import io.exaplan.checkpoint.GpuSideFit;
import java.util.List;

/**
 * The answer of {@code compare}: the scenario, every registered option in registry order, and
 * how each option catches the scenario's checkpoints, also seen from the GPUs of one job
 * ({@code gpuSide}: shards, the job's share, restore, sync vs two-tier), and what the
 * scenario's workload asks for in read and capacity ({@code workload}). {@code catalog} is what
 * the options were built from (not part of the JSON): the workbook's live model shows its
 * figures as inputs.
 */
public record Comparison(Scenario scenario, List<Option> options, CheckpointFit checkpoint,
    GpuSideFit gpuSide, io.exaplan.checkpoint.WorkloadNeeds workload,
    @JsonIgnore Catalog catalog) {
  public Comparison {
    options = List.copyOf(options);
  }
}
