package io.exaplan.design;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.GpuNodeModel;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.CheckpointSize;
import io.exaplan.checkpoint.GpuSideFit;
import io.exaplan.checkpoint.JobOnDesign;
import io.exaplan.checkpoint.Parallelism;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's training job against every option, from its GPUs: the checkpoint of
 * {@code checkpointModel} sharded by the scenario's {@code parallelism} over {@code gpuNode}s of
 * a {@code clusterGpus} job, each option's rates (already client-bounded) shared by the jobs it
 * serves. One place builds it, so compare, checkpoint and the report agree.
 */
public final class GpuSides {
  private GpuSides() {}


  /** Each option as the job sees it. */
  public static List<JobOnDesign.Design> designs(List<Option> options, Scenario s) {
    List<JobOnDesign.Design> out = new ArrayList<>();
    for (Option o : options) {
      out.add(new JobOnDesign.Design(o.id(), o.throughput().readBytesPerSec(),
          o.throughput().writeBytesPerSec(), o.jobs()));
    }
    return out;
  }

  /**
   * Restoring the scenario's checkpoint on one option whose GPU-side rates are {@code seen}: the
   * option's own row of {@link #fit}, for its flat JSON ({@code restoreSeconds} and the rest).
   */
  public static JobOnDesign.Restore restore(String id, Option.Throughput seen, long gpusServed,
      Scenario s, Catalog c) {
    int jobs = s.jobsFor(gpusServed);
    long jobGpus = Math.min(s.clusterGpus(), gpusServed);
    return fit(s, c, CheckpointSize.ofModel(s.checkpointModel()), jobGpus,
        s.checkpointStallFraction(), s.checkpointMode(), List.of(new JobOnDesign.Design(id,
            seen.readBytesPerSec(), seen.writeBytesPerSec(), jobs)), null, null).jobs().get(0)
        .restore();
  }

  /** The scenario's job and checkpoint against {@code options}. */
  public static GpuSideFit fit(Scenario s, Catalog c, List<Option> options) {
    long jobGpus = Math.min(s.clusterGpus(), s.gpus());
    return fit(s, c, CheckpointSize.ofModel(s.checkpointModel()), jobGpus,
        s.checkpointStallFraction(), s.checkpointMode(), designs(options, s), null, null);
  }

  /**
   * {@code size} on a job of {@code gpus} GPUs against {@code designs}; {@code gpuMtbf} null: the
   * checkpoint catalog's reference failure rate; {@code restartSeconds} null: the catalog's
   * restart overhead plus each design's restore, else that restart time whole.
   */
  public static GpuSideFit fit(Scenario s, Catalog c, CheckpointSize size, long gpus,
      double stallFraction, CheckpointMode mode, List<JobOnDesign.Design> designs,
      Double gpuMtbf, Double restartSeconds) {
    Training t = s.training();
    GpuNodeModel node = t.node(c);
    Parallelism p = t.parallelism(gpus);
    if (p.ranks() > gpus) {
      throw new io.exaplan.config.InputException("parallelism: tp x pp x dp = " + p.ranks()
          + " ranks but the job has " + gpus + " GPUs; expected at most one rank per GPU");
    }
    List<String> notes = new ArrayList<>();
    String clamp = t.dp() == null ? Parallelism.clampNote(p, t.tp(), t.pp(), gpus) : null;
    if (clamp != null) {
      notes.add(clamp);
    }
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    List<String> assumed = new ArrayList<>(c.assumptions(List.of(node)));
    assumed.addAll(s.limits().wanAssumptions());
    if (restartSeconds == null) {
      assumed.addAll(k.assumptions(List.of(new Restart(k))));
    }
    return GpuSideFit.of(size, p, node, gpus, designs, stallFraction, mode,
        s.limits().wanBytesPerSecPerSite(),
        gpuMtbf != null ? gpuMtbf : k.failures().gpuMtbfSeconds(), k.failures().restartSeconds(),
        restartSeconds, notes, assumed);
  }

  /** The failure reference's restart figure alone, for the assumptions list. */
  private record Restart(String id, java.util.Map<String, io.exaplan.config.Figure> figures)
      implements io.exaplan.catalog.Item {
    Restart(CheckpointCatalog k) {
      this("failures", java.util.Map.of("restartTime",
          k.failures().figures().get("restartTime")));
    }
  }

  /**
   * The scenario's workload against {@code options}: the fleet's read need (every GPU reading at
   * the workload's rate) and capacity need, with each option's GPU-side read and usable bytes.
   */
  public static io.exaplan.checkpoint.WorkloadNeeds workload(Scenario s, Catalog c,
      List<Option> options) {
    return workload(s, c, options, "workload", s.training().workload());
  }

  /** As {@link #workload(Scenario, Catalog, List)} for workload {@code id} (named {@code field}). */
  public static io.exaplan.checkpoint.WorkloadNeeds workload(Scenario s, Catalog c,
      List<Option> options, String field, String id) {
    io.exaplan.checkpoint.WorkloadCatalog wc = io.exaplan.checkpoint.WorkloadCatalog.builtIn();
    io.exaplan.checkpoint.Workload w = wc.workload(field, id);
    int jobs = s.jobsFor(s.gpus());
    List<io.exaplan.checkpoint.WorkloadNeeds.OptionSide> sides = options.stream()
        .map(o -> new io.exaplan.checkpoint.WorkloadNeeds.OptionSide(o.id(),
            o.throughput().readBytesPerSec(), o.capacity().usableBytes())).toList();
    return io.exaplan.checkpoint.WorkloadNeeds.of(w, s.gpus(), Math.min(s.clusterGpus(),
        s.gpus()), jobs, CheckpointSize.ofModel(s.checkpointModel()).checkpointBytes(),
        c.guidanceLevel(s.guidance()).requiredRead(s.gpus()), s.targetUsableBytes(), sides,
        wc.assumptions(w));
  }
}
