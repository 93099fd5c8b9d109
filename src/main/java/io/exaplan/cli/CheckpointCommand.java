package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointAnalysis;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.GpuSideFit;
import io.exaplan.config.InputException;
import io.exaplan.design.Comparison;
import io.exaplan.design.GpuSides;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.CheckpointViews;
import io.exaplan.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Checkpoint size, cadence to bandwidth, and failures to interval and efficiency. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
    description = "Checkpoint size, the write rate a cadence needs, and the interval and "
        + "efficiency failures allow (fleet MTBF, Young 1974, Daly 2006), on every design.")
final class CheckpointCommand extends JobCommand {
  @Option(names = "--interval", paramLabel = "DUR", defaultValue = "5m",
      description = "Checkpoint interval: 90s, 5m, 24h, 3d (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--stall-fraction", paramLabel = "F",
      description = "Share of the interval training may stall on a synchronous checkpoint, in "
          + "(0, 1], e.g. 0.05 or 5%% (default: the scenario's).")
  String stallFraction;

  @Option(names = "--mode", paramLabel = "MODE",
      description = "sync or async, for the per-design table (default: the scenario's).")
  String mode;

  /**
   * One job's size (what fails and what checkpoints), not the fleet: its own flag, as
   * simulate's, size's and the targets' --gpus each mean another count of GPUs.
   */
  @Option(names = "--gpus", paramLabel = "N",
      description = "GPUs in the job (default: the scenario's cluster size).")
  Long gpus;

  @Option(names = "--gpu-mtbf", paramLabel = "DUR",
      description = "Mean time between failures of one GPU (default: from Llama 3's 419 "
          + "interruptions in 54 days on 16,384 GPUs).")
  String gpuMtbf;

  @Option(names = "--mtbf", paramLabel = "DUR",
      description = "Mean time between failures of the whole job, instead of --gpu-mtbf.")
  String mtbf;

  @Option(names = "--write-time", paramLabel = "DUR",
      description = "Time to write one checkpoint (default: stall fraction x interval).")
  String writeTime;

  @Mixin
  RestartOption restartTime = new RestartOption();

  @Option(names = "--work", paramLabel = "DUR",
      description = "Useful compute the job needs (default: 500 h, Daly's example).")
  String work;

  @Option(names = "--chart", paramLabel = "NAME",
      description = "Put a chart table first (what --format csv writes): cadence or fleet.")
  String chart;

  @Override
  public Report build(Catalog c, Scenario s) {
    CheckpointCatalog k = checkpoints();
    ModelOptions.Resolved r = what.resolve(s, k);
    if (gpuMtbf != null && mtbf != null) {
      throw new InputException("--gpu-mtbf and --mtbf both give the failure rate; give only one "
          + "of them");
    }
    CheckpointMode m = s.checkpointMode();
    if (mode != null) {
      m = CheckpointMode.parse(mode);
      if (m == null) {
        throw new InputException("--mode: '" + mode + "' is not sync or async");
      }
    }
    long jobGpus = Flags.gpus("--gpus", gpus, s.clusterGpus());
    double stall = stallFraction == null ? s.checkpointStallFraction()
        : Flags.stallFraction("--stall-fraction", stallFraction);
    Comparison cmp = Registry.compare(s, c);
    Double restart = restartTime.seconds();
    Double perGpu = gpuMtbf == null ? null : Flags.duration("--gpu-mtbf", gpuMtbf);
    if (mtbf != null) {
      perGpu = Flags.duration("--mtbf", mtbf) * jobGpus;
    }
    GpuSideFit side = GpuSides.fit(s, c, r.size(), jobGpus, stall, m,
        GpuSides.designs(cmp.options(), s), perGpu, restart);
    CheckpointAnalysis.Question q = new CheckpointAnalysis.Question(r.size(), r.preset(),
        Flags.duration("--interval", interval),
        stallFraction == null ? s.checkpointStallFraction()
            : Flags.stallFraction("--stall-fraction", stallFraction),
        m, Flags.gpus("--gpus", gpus, s.clusterGpus()),
        gpuMtbf == null ? null : Flags.duration("--gpu-mtbf", gpuMtbf),
        mtbf == null ? null : Flags.duration("--mtbf", mtbf),
        writeTime == null ? null : Flags.duration("--write-time", writeTime),
        restartTime.seconds(),
        work == null ? null : Flags.duration("--work", work),
        k.chartCadencesSeconds(), k.chartFleetGpus(),
        Registry.writeRates(cmp.options(), side));
    return CheckpointViews.checkpoint(CheckpointAnalysis.of(q, k, side), chart);
  }
}
