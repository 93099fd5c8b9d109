package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.design.Option;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.AtomicFile;
import io.exaplan.report.SimulationView;
import io.exaplan.sim.CheckpointMode;
import io.exaplan.sim.FailureLaw;
import io.exaplan.sim.MonteCarlo;
import io.exaplan.sim.SimConfig;
import io.exaplan.sim.SimDefaults;
import io.exaplan.sim.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The digital twin: jobs, checkpoints, failures and WAN outages on one design, Monte Carlo. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate training jobs checkpointing into one design: contention for its "
        + "write bandwidth, failures and restarts, WAN copies and outages, local retention. "
        + "Monte Carlo replications with 95%% confidence intervals.")
final class SimulateCommand implements Callable<Integer> {
  @picocli.CommandLine.Option(names = "--option", paramLabel = "ID",
      description = "Design option from compare (default: the first, ncp-pod).")
  String option;

  @picocli.CommandLine.Option(names = "--jobs", paramLabel = "N",
      description = "Training jobs sharing the fleet (default: the fleet / the scenario's "
          + "cluster size, rounded up).")
  Integer jobs;

  @picocli.CommandLine.Option(names = "--gpus", paramLabel = "N",
      description = "GPUs in the fleet, split evenly among the jobs (default: the GPUs the "
          + "option serves).")
  Long gpus;

  @picocli.CommandLine.Option(names = "--interval", paramLabel = "DUR",
      description = "Compute time between a job's checkpoints (default: 15m).")
  String interval;

  @picocli.CommandLine.Option(names = "--mode", paramLabel = "MODE", defaultValue = "sync",
      description = "sync (stall while writing) or async (stage on node NVMe, then drain); "
          + "default: ${DEFAULT-VALUE}.")
  String mode;

  @picocli.CommandLine.Option(names = "--horizon", paramLabel = "DUR", defaultValue = "7d",
      description = "Simulated time per replication (default: ${DEFAULT-VALUE}).")
  String horizon;

  @picocli.CommandLine.Option(names = "--replications", paramLabel = "R", defaultValue = "20",
      description = "Independent replications (default: ${DEFAULT-VALUE}; 2 or more for "
          + "confidence intervals).")
  int replications;

  @picocli.CommandLine.Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Master seed; the same seed gives the same output (default: "
          + "${DEFAULT-VALUE}).")
  long seed;

  @picocli.CommandLine.Option(names = "--threads", paramLabel = "N",
      description = "Replications run at once (default: the number of processors). Results do "
          + "not depend on it.")
  Integer threads;

  @picocli.CommandLine.Option(names = "--checkpoint-bytes", paramLabel = "SIZE",
      description = "Bytes one job writes per checkpoint, e.g. 5.68 TB (default: --params x "
          + "--bytes-per-param).")
  String checkpointBytes;

  @picocli.CommandLine.Option(names = "--params", paramLabel = "N",
      description = "Model parameters, e.g. 405e9 (default: Llama 3.1 405B).")
  String params;

  @picocli.CommandLine.Option(names = "--bytes-per-param", paramLabel = "B",
      description = "Checkpoint bytes per parameter (default 14: mixed-precision Adam).")
  String bytesPerParam;

  @picocli.CommandLine.Option(names = "--write-rate", paramLabel = "RATE",
      description = "Shared write bandwidth instead of the option's, e.g. 2 TB/s.")
  String writeRate;

  @picocli.CommandLine.Option(names = "--gpu-mtbf", paramLabel = "DUR",
      description = "Mean time between failures of one GPU, or 'none' (default: Llama 3's 419 "
          + "interruptions in 54 days on 16,384 GPUs).")
  String gpuMtbf;

  @picocli.CommandLine.Option(names = "--weibull-shape", paramLabel = "K",
      description = "Weibull shape of the time between a job's failures (default 1: "
          + "exponential; below 1: bursts).")
  String weibullShape;

  @picocli.CommandLine.Option(names = "--restart-time", paramLabel = "DUR",
      description = "Time from a failure until the job computes again (default: 10m).")
  String restartTime;

  @picocli.CommandLine.Option(names = "--stage-rate", paramLabel = "RATE",
      description = "async: node-local copy rate per GPU (default: 2 GB/s).")
  String stageRate;

  @picocli.CommandLine.Option(names = "--local-capacity", paramLabel = "SIZE",
      description = "Local space for checkpoints (default: the option's usable capacity).")
  String localCapacity;

  @picocli.CommandLine.Option(names = "--keep-local", paramLabel = "K",
      description = "Checkpoints each job keeps locally (default: 2).")
  Integer keepLocal;

  @picocli.CommandLine.Option(names = "--copy-every", paramLabel = "N",
      description = "Copy every Nth checkpoint of a job over the WAN; 0: none (default: 10).")
  Integer copyEvery;

  @picocli.CommandLine.Option(names = "--wan-rate", paramLabel = "RATE",
      description = "WAN rate to the central store (default: 100 Gb/s).")
  String wanRate;

  @picocli.CommandLine.Option(names = "--outage-every", paramLabel = "DUR",
      description = "Mean time between random WAN outages, or 'none' (default: 30d).")
  String outageEvery;

  @picocli.CommandLine.Option(names = "--outage-mean", paramLabel = "DUR",
      description = "Mean duration of a random WAN outage (default: 4h).")
  String outageMean;

  @picocli.CommandLine.Option(names = "--outage-at", paramLabel = "DUR",
      description = "Also take the WAN down at this time in every replication (with "
          + "--outage-for).")
  String outageAt;

  @picocli.CommandLine.Option(names = "--outage-for", paramLabel = "DUR",
      description = "Duration of the --outage-at outage.")
  String outageFor;

  @picocli.CommandLine.Option(names = "--aligned",
      description = "Start every job's first interval at time 0 (worst case for contention); "
          + "default: each job at a random phase.")
  boolean aligned;

  @picocli.CommandLine.Option(names = "--timeline", paramLabel = "FILE",
      description = "Write replication 1's per-job timeline (job, state, start, end) as CSV.")
  Path timeline;

  @picocli.CommandLine.Option(names = "--no-timing",
      description = "Leave out eventsPerSecond, the one machine-dependent figure.")
  boolean noTiming;

  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Catalog c = input.catalog();
    Scenario s = input.scenario(c);
    String id = option == null ? Registry.ids().get(0) : option;
    Option o = Registry.get(id).build(s, c);
    SimDefaults d = SimDefaults.builtIn();
    List<String> used = new ArrayList<>();
    if (replications < 1) {
      throw new InputException("--replications: must be at least 1, got " + replications);
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new InputException("--threads: must be at least 1, got " + workers);
    }
    long fleet = gpus == null ? o.gpusServed() : gpus;
    int j = jobs == null ? (int) Math.min(SimConfig.MAX_JOBS,
        (fleet + s.clusterGpus() - 1) / s.clusterGpus()) : jobs;
    CheckpointMode m = CheckpointMode.parse(mode);
    if (m == null) {
      throw new InputException("--mode: '" + mode + "' is not sync or async");
    }
    SimConfig config = SimConfig.builder()
        .jobs(j, fleet)
        .checkpoint(checkpointBytes(d, used), orDefault(d, used, "interval", interval,
            "--interval", Dimension.DURATION), m)
        .horizon(positive("--horizon", horizon, Dimension.DURATION))
        .writeBandwidth(writeRate == null ? o.writeBytesPerSec()
            : positive("--write-rate", writeRate, Dimension.BYTE_RATE))
        .stageRatePerGpu(m == CheckpointMode.ASYNC ? orDefault(d, used, "stageRatePerGpu",
            stageRate, "--stage-rate", Dimension.BYTE_RATE) : Double.POSITIVE_INFINITY)
        .failures(gpuMtbf(d, used), failureLaw(), restartTime == null
            ? d.value(use(used, "restartTime")) : zeroOrMore("--restart-time", restartTime))
        .local(localCapacity == null ? o.usableBytes()
                : positive("--local-capacity", localCapacity, Dimension.BYTES),
            keepLocal == null ? (int) d.value(use(used, "keepLocal")) : keepLocal)
        .wan(copyEvery == null ? (int) d.value(use(used, "copyEvery")) : copyEvery,
            Double.POSITIVE_INFINITY)
        .alignedStart(aligned)
        .build();
    config = wan(config, d, used);
    MonteCarlo mc = new MonteCarlo(config, replications, seed, workers);
    MonteCarlo.Outcome outcome;
    try (ProgressBar bar = ProgressBar.start(spec.commandLine().getErr(), "simulating",
        mc::progress)) {
      outcome = mc.run(timeline != null);
    }
    List<String> assumptions = new ArrayList<>(o.assumptions());
    assumptions.addAll(d.assumptions(used));
    Simulation result = Simulation.of(o.id(), o.name(), outcome, !noTiming, assumptions);
    if (timeline != null) {
      try {
        AtomicFile.write(timeline, outcome.timeline()::writeCsv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      spec.commandLine().getOut().println("Wrote " + timeline);
    }
    output.emit(SimulationView.of(result, s), spec.commandLine().getOut());
    return 0;
  }

  /** The WAN settings, only asked for (and only listed as assumptions) when copies are made. */
  private SimConfig wan(SimConfig config, SimDefaults d, List<String> used) {
    if (!config.wan()) {
      if (wanRate != null || outageEvery != null || outageMean != null || outageAt != null
          || outageFor != null) {
        throw new InputException("--copy-every 0 copies nothing over the WAN; drop the --wan-rate "
            + "and --outage-* flags or copy every Nth checkpoint");
      }
      return config;
    }
    SimConfig.Builder b = config.toBuilder()
        .wan(config.copyEvery(), orDefault(d, used, "wanRate", wanRate, "--wan-rate",
            Dimension.BYTE_RATE));
    double every = "none".equals(outageEvery) ? Double.POSITIVE_INFINITY
        : orDefault(d, used, "outageEvery", outageEvery, "--outage-every", Dimension.DURATION);
    if (Double.isFinite(every)) {
      b.randomOutages(every, orDefault(d, used, "outageMean", outageMean, "--outage-mean",
          Dimension.DURATION));
    } else if (outageMean != null) {
      throw new InputException("--outage-mean: not used with --outage-every none");
    }
    if ((outageAt == null) != (outageFor == null)) {
      throw new InputException("--outage-at and --outage-for go together: give both or neither");
    }
    if (outageAt != null) {
      b.scheduledOutage(zeroOrMore("--outage-at", outageAt),
          positive("--outage-for", outageFor, Dimension.DURATION));
    }
    return b.build();
  }

  private double checkpointBytes(SimDefaults d, List<String> used) {
    if (checkpointBytes != null) {
      if (params != null || bytesPerParam != null) {
        throw new InputException("--checkpoint-bytes gives the size directly; drop --params and "
            + "--bytes-per-param");
      }
      String t = checkpointBytes.trim();
      return positive("--checkpoint-bytes",
          t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?") ? t + " B" : t,
          Dimension.BYTES);
    }
    double n = orDefault(d, used, "modelParams", params, "--params", Dimension.NUMBER);
    return n * orDefault(d, used, "bytesPerParam", bytesPerParam, "--bytes-per-param",
        Dimension.NUMBER);
  }

  private double gpuMtbf(SimDefaults d, List<String> used) {
    if ("none".equals(gpuMtbf)) {
      return Double.POSITIVE_INFINITY;
    }
    if (gpuMtbf != null) {
      return positive("--gpu-mtbf", gpuMtbf, Dimension.DURATION);
    }
    use(used, "failureInterruptions");
    use(used, "failurePeriod");
    use(used, "failureGpus");
    return d.gpuMtbfSeconds();
  }

  private FailureLaw failureLaw() {
    if (weibullShape == null) {
      return FailureLaw.EXPONENTIAL;
    }
    return new FailureLaw(positive("--weibull-shape", weibullShape, Dimension.NUMBER));
  }

  private static String use(List<String> used, String key) {
    used.add(key);
    return key;
  }

  private static double orDefault(SimDefaults d, List<String> used, String key, String text,
      String flag, Dimension dim) {
    return text == null ? d.value(use(used, key)) : positive(flag, text, dim);
  }

  private static double positive(String flag, String text, Dimension d) {
    double v = parse(flag, text, d);
    if (!(v > 0)) {
      throw new InputException(flag + ": must be greater than zero, got '" + text
          + "'; expected " + d.describe());
    }
    return v;
  }

  private static double zeroOrMore(String flag, String text) {
    double v = parse(flag, text, Dimension.DURATION);
    if (!(v >= 0)) {
      throw new InputException(flag + ": must be zero or more, got '" + text + "'; expected "
          + Dimension.DURATION.describe());
    }
    return v;
  }

  private static double parse(String flag, String text, Dimension d) {
    try {
      return Units.parse(text, d);
    } catch (IllegalArgumentException e) {
      throw new InputException(flag + ": " + e.getMessage());
    }
  }
}
