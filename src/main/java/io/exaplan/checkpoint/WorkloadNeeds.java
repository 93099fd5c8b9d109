package io.exaplan.checkpoint;

import java.util.List;

/**
 * What a fleet running one workload needs from storage, derived rather than taken as given:
 *
 * <pre>
 *   read need      = fleet GPUs x read per GPU
 *   datasets       = jobs x data set                       (each job stages its own at its site)
 *   checkpoints    = jobs x checkpoints retained x checkpoint bytes
 *   capacity need  = (datasets + checkpoints) / (1 - scratch share)
 *   epoch time     = data set / (job GPUs x read per GPU)
 * </pre>
 *
 * compared with each option's read, the guidance level's read and the scenario's target.
 *
 * @param readVsOptions each option's read against the read need
 */
public record WorkloadNeeds(String workload, String workloadName, long gpus, int jobs,
    double readBytesPerSec, double guidanceReadBytesPerSec, double datasetsBytes,
    long checkpointsRetainedPerJob, double checkpointsBytes, double scratchBytes,
    double capacityBytes, double targetUsableBytes, double epochSeconds,
    List<OptionRead> readVsOptions, List<String> assumptions) {

  /** One option's read (as the GPUs see it) against the workload's need. */
  public record OptionRead(String option, double readBytesPerSec, boolean meetsRead,
      double usableBytes, boolean meetsCapacity) {}

  public WorkloadNeeds {
    readVsOptions = List.copyOf(readVsOptions);
    assumptions = List.copyOf(assumptions);
  }

  /** An option as the needs compare it: its GPU-side read and its usable capacity. */
  public record OptionSide(String option, double readBytesPerSec, double usableBytes) {}

  public static WorkloadNeeds of(Workload w, long gpus, long jobGpus, int jobs,
      double checkpointBytes, double guidanceRead, double targetUsable,
      List<OptionSide> options, List<String> assumptions) {
    double read = gpus * w.readBytesPerSecPerGpu();
    double datasets = jobs * w.datasetBytes();
    long retained = w.checkpointsRetained();
    double checkpoints = (double) jobs * retained * checkpointBytes;
    double capacity = (datasets + checkpoints) / (1 - w.scratchShare());
    double epoch = w.datasetBytes() / (jobGpus * w.readBytesPerSecPerGpu());
    List<OptionRead> rows = options.stream().map(o -> new OptionRead(o.option(),
        o.readBytesPerSec(), o.readBytesPerSec() >= read, o.usableBytes(),
        o.usableBytes() >= capacity)).toList();
    return new WorkloadNeeds(w.id(), w.name(), gpus, jobs, read, guidanceRead, datasets,
        retained, checkpoints, capacity - datasets - checkpoints, capacity, targetUsable, epoch,
        rows, assumptions);
  }
}
