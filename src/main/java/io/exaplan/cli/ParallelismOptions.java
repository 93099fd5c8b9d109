package io.exaplan.cli;

import io.exaplan.config.Layer;
import picocli.CommandLine.Option;

/**
 * How the job is laid over its GPUs and which GPU server it runs on, over the scenario's
 * {@code parallelism} and {@code gpuNode} (docs/model.md, "Shards per rank").
 */
final class ParallelismOptions {
  @Option(names = "--tp", paramLabel = "N",
      description = "Tensor parallelism (default: the scenario's parallelism.tp).")
  String tp;

  @Option(names = "--pp", paramLabel = "N",
      description = "Pipeline parallelism (default: the scenario's parallelism.pp).")
  String pp;

  @Option(names = "--dp", paramLabel = "N",
      description = "Data parallelism (default: the scenario's, else the job's GPUs / (tp x pp)).")
  String dp;

  @Option(names = "--zero", paramLabel = "STAGE",
      description = "ZeRO stage 0-3: 1 splits the optimizer state over data parallelism, 3 the "
          + "weights too (default: the scenario's parallelism.zero).")
  String zero;

  @Option(names = "--gpu-node", paramLabel = "ID",
      description = "GPU server (catalog gpuNodes id): its storage NICs and local NVMe "
          + "(default: the scenario's gpuNode).")
  String gpuNode;

  /**
   * The flags given, as the scenario keys they override ({@code gpuNode}, {@code parallelism.*}),
   * bound with the scenario so a flag and its key share one legal range and one message.
   */
  Layer layer() {
    return Layer.of().flag("gpuNode", "--gpu-node", gpuNode)
        .flag("parallelism.tp", "--tp", tp).flag("parallelism.pp", "--pp", pp)
        .flag("parallelism.dp", "--dp", dp).flag("parallelism.zero", "--zero", zero);
  }
}
