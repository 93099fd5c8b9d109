package io.exaplan.design;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.GpuNodeModel;
import io.exaplan.checkpoint.Parallelism;
import io.exaplan.checkpoint.WorkloadCatalog;
import io.exaplan.config.Fields;

/**
 * The scenario's GPU side: which GPU server the fleet is built of ({@code gpuNode}, a catalog
 * {@code gpuNodes} id), how a training job is laid over its GPUs ({@code parallelism}: tp, pp,
 * optional dp, ZeRO stage) and what kind of training it runs ({@code workload}, a
 * catalog/workloads.yaml id). Bound with the rest of the scenario, each key over the built-in's.
 *
 * @param dp null: data parallelism fills the job ({@code clusterGpus / (tp x pp)})
 */
public record Training(String gpuNode, int tp, int pp, Integer dp, int zero, String workload) {

  /** Most ranks of one replica the keys accept; larger is a typing mistake. */
  private static final long MAX_WAY = 1_000_000;

  /** The job's layout on {@code gpus} GPUs (a given dp is kept; the job must hold it). */
  public Parallelism parallelism(long gpus) {
    return dp == null ? Parallelism.filling(gpus, tp, pp, zero) : new Parallelism(tp, pp, dp, zero);
  }

  public GpuNodeModel node(Catalog c) {
    return c.gpuNode(gpuNode);
  }

  static Training bind(Fields f, Training d, Catalog c) {
    String node = f.text("gpuNode", d == null ? null : d.gpuNode);
    if (node != null && !c.gpuNodes().containsKey(node)) {
      f.problem("gpuNode", "unknown id '" + node + "'; expected one of: "
          + String.join(", ", c.gpuNodes().keySet()));
    }
    int tp = d == null ? 1 : d.tp;
    int pp = d == null ? 1 : d.pp;
    Integer dp = d == null ? null : d.dp;
    int zero = d == null ? 0 : d.zero;
    if (f.has("parallelism") || d == null) {
      Fields p = f.map("parallelism");
      tp = p.count("tp", d == null ? null : d.tp, 1, MAX_WAY);
      pp = p.count("pp", d == null ? null : d.pp, 1, MAX_WAY);
      dp = p.has("dp") ? Integer.valueOf(p.count("dp", null, 1, MAX_WAY)) : d == null ? null : d.dp;
      zero = p.count("zero", d == null ? null : d.zero, 0, 3);
      p.finish();
    }
    String workload = f.text("workload", d == null ? null : d.workload);
    if (workload != null && !WorkloadCatalog.builtIn().workloads().containsKey(workload)) {
      f.problem("workload", "unknown workload '" + workload + "'; expected one of: "
          + String.join(", ", WorkloadCatalog.builtIn().workloads().keySet()));
    }
    return new Training(node, tp, pp, dp, zero, workload);
  }
}
