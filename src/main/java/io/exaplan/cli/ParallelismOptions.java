package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import io.exaplan.design.Training;
import picocli.CommandLine.Option;

/**
 * How the job is laid over its GPUs and which GPU server it runs on, over the scenario's
 * {@code parallelism} and {@code gpuNode} (docs/model.md, "Shards per rank").
 */
final class ParallelismOptions {
  @Option(names = "--tp", paramLabel = "N",
      description = "Tensor parallelism (default: the scenario's parallelism.tp).")
  Integer tp;

  @Option(names = "--pp", paramLabel = "N",
      description = "Pipeline parallelism (default: the scenario's parallelism.pp).")
  Integer pp;

  @Option(names = "--dp", paramLabel = "N",
      description = "Data parallelism (default: the scenario's, else the job's GPUs / (tp x pp)).")
  Integer dp;

  @Option(names = "--zero", paramLabel = "STAGE",
      description = "ZeRO stage 0-3: 1 splits the optimizer state over data parallelism, 3 the "
          + "weights too (default: the scenario's parallelism.zero).")
  Integer zero;

  @Option(names = "--gpu-node", paramLabel = "ID",
      description = "GPU server (catalog gpuNodes id): its storage NICs and local NVMe "
          + "(default: the scenario's gpuNode).")
  String gpuNode;

  /** {@code s} with the flags given over its GPU side. */
  Scenario apply(Scenario s, Catalog c) {
    Training t = s.training();
    String node = gpuNode == null ? t.gpuNode() : gpuNode;
    if (!c.gpuNodes().containsKey(node)) {
      throw new InputException("--gpu-node: unknown GPU node '" + node + "'; expected one of: "
          + String.join(", ", c.gpuNodes().keySet()));
    }
    int z = zero == null ? t.zero() : (int) Flags.whole("--zero", zero, 0);
    if (z > 3) {
      throw new InputException("--zero: must be 0, 1, 2 or 3, got " + z);
    }
    return s.withTraining(new Training(node,
        tp == null ? t.tp() : (int) Flags.whole("--tp", tp, 1),
        pp == null ? t.pp() : (int) Flags.whole("--pp", pp, 1),
        dp == null ? t.dp() : Integer.valueOf((int) Flags.whole("--dp", dp, 1)), z,
        t.workload()));
  }
}
