package io.exaplan.cli;

import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.config.Layer;
import picocli.CommandLine.Mixin;

/**
 * A report command about one training job's checkpoints (checkpoint, simulate): the model that
 * is checkpointed ({@link ModelOptions}) and its parallel layout ({@link ParallelismOptions}),
 * whose flags are the scenario's gpuNode and parallelism keys, declared and layered once.
 */
abstract class JobCommand extends ScenarioCommand {
  @Mixin ModelOptions what;
  @Mixin ParallelismOptions layout;

  /** --tp, --pp, --dp, --zero and --gpu-node over the scenario's keys. */
  @Override
  public Layer overrides() {
    return layout.layer();
  }

  /** The built-in checkpoint catalog with the --state file's parts, if given. */
  CheckpointCatalog checkpoints() {
    return what.catalog(CheckpointCatalog.builtIn());
  }
}
