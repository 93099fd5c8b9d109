package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.Failures;
import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.design.Option;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.AtomicFile;
import io.exaplan.report.Report;
import io.exaplan.report.SimulationView;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The digital twin: jobs, checkpoints, failures and WAN outages on one design, Monte Carlo. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate training jobs checkpointing into one design: contention for its "
        + "write bandwidth, failures and restarts, WAN copies and outages, local retention. "
        + "Monte Carlo replications with 95%% confidence intervals.")
final class SimulateCommand extends JobCommand {
  /** Past this a 95% interval narrows by a hundredth of itself: more is a typo, not a study. */
  static final int MAX_REPLICATIONS = 10_000;
  /** A whole run's budget: about ten minutes at the core's rate on this kind of machine. */
  static final double MAX_RUN_EVENTS = 4e9;

  @picocli.CommandLine.Option(names = "--option", paramLabel = "ID",
      description = "Design option from compare (default: the first, ncp-pod).")
  String option;

  @picocli.CommandLine.Option(names = "--jobs", paramLabel = "N",
      description = "Training jobs sharing the fleet (default: the fleet / the scenario's "
          + "cluster size, rounded up).")
  Integer jobs;

  /**
   * The fleet the jobs split among them, not one job (checkpoint's --gpus) nor the GPUs a
   * design serves (size's): its own flag with its own default.
   */
  @picocli.CommandLine.Option(names = "--gpus", paramLabel = "N",
      description = "GPUs in the fleet, split evenly among the jobs (default: the GPUs the "
          + "option serves).")
  Long gpus;

  @picocli.CommandLine.Option(names = "--interval", paramLabel = "DUR",
      description = "Compute time between a job's checkpoints (default: Daly's (2006) optimum "
          + "for one job alone).")
  String interval;

  @picocli.CommandLine.Option(names = "--mode", paramLabel = "MODE",
      description = "sync (stall while writing) or async (stage on node NVMe, then drain); "
          + "default: the scenario's checkpointMode.")
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

  @Mixin
  RestartOption restartTime = new RestartOption();

  @picocli.CommandLine.Option(names = "--stage-rate", paramLabel = "RATE",
      description = "async: node-local copy rate per GPU (default: 2 GB/s).")
  String stageRate;

  @picocli.CommandLine.Option(names = "--local-capacity", paramLabel = "SIZE",
      description = "Local space for checkpoints (default: the option's usable capacity).")
  String localCapacity;

  @picocli.CommandLine.Option(names = "--keep-local", paramLabel = "K",
      description = "Checkpoints each job keeps locally (default: the scenario's outageKeepLocal).")
  Integer keepLocal;

  @picocli.CommandLine.Option(names = "--copy-every", paramLabel = "N",
      description = "Copy every Nth checkpoint of a job over the WAN; 0: none (default: the "
          + "scenario's outageCopyEvery).")
  Integer copyEvery;

  @picocli.CommandLine.Option(names = "--wan-rate", paramLabel = "RATE",
      description = "WAN rate of each site to the central store (default: the scenario's "
          + "wanRatePerSite).")
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

  @Override
  public Report build(Catalog c, Scenario s) {
    CheckpointCatalog k = checkpoints();
    Option o = Registry.get(option == null ? Registry.ids().get(0) : option).build(s, c);
    ModelOptions.Resolved model = what.resolve(s, k);
    Flags.whole("--replications", replications, 1, MAX_REPLICATIONS);
    int workers = threads == null ? Runtime.getRuntime().availableProcessors()
        : (int) Flags.whole("--threads", threads, 1);
    SimDefaults d = SimDefaults.builtIn();
    List<String> used = new ArrayList<>();
    SimConfig config = config(s, c, o, k, model, d, used);
    if (replications * config.expectedEvents() > MAX_RUN_EVENTS) {
      throw new InputException("--replications: " + replications + " x about "
          + Units.sig(config.expectedEvents()) + " events is more than "
          + Units.sig(MAX_RUN_EVENTS / 1e9) + " billion events in all; use fewer replications "
          + "or a shorter --horizon");
    }

    MonteCarlo mc = new MonteCarlo(config, replications, seed, workers);
    MonteCarlo.Outcome outcome;
    try (ProgressBar bar = ProgressBar.start(spec.commandLine().getErr(), "simulating",
        mc::progress)) {
      outcome = mc.run(timeline != null);
    }

    List<String> assumptions = new ArrayList<>(o.assumptions());
    assumptions.addAll(k.assumptions(model.used()));
    if (!restartTime.given()) {
      k.assumptions(List.of(k.failures())).stream()
          .filter(a -> a.startsWith("failures.restartTime ")).forEach(assumptions::add);
    }
    assumptions.addAll(d.assumptions(used));
    if (used.contains(SCENARIO_WAN)) {
      assumptions.addAll(s.limits().wanAssumptions());
    }
    assumptions.addAll(config.neverCompletes());
    Simulation result = Simulation.of(o.id(), o.name(), interval == null ? "daly" : "given",
        outcome, !noTiming, assumptions);
    if (timeline != null) {
      try {
        AtomicFile.write("--timeline", timeline, outcome.timeline()::writeCsv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      spec.commandLine().getOut().println("Wrote " + timeline);
    }
    return SimulationView.of(result, s);
  }

  /** The site to simulate: flags over the option, the checkpoint catalog and the sim defaults. */
  private SimConfig config(Scenario s, Catalog c, Option o, CheckpointCatalog k,
      ModelOptions.Resolved model, SimDefaults d, List<String> used) {
    long fleet = Flags.gpus("--gpus", gpus, o.identity().gpusServed());
    // by default, jobs the size of the scenario's cluster
    int j = jobs == null ? (int) Math.min(SimConfig.MAX_JOBS,
        (fleet + s.clusterGpus() - 1) / s.clusterGpus()) : jobs;
    CheckpointMode m = mode == null ? s.checkpointMode() : CheckpointMode.parse(mode);
    if (m == null) {
      throw new InputException("--mode: '" + mode + "' is not sync or async");
    }
    double mtbf = "none".equals(gpuMtbf) ? Double.POSITIVE_INFINITY
        : gpuMtbf == null ? k.failures().gpuMtbfSeconds() : Flags.duration("--gpu-mtbf", gpuMtbf);
    double h = Flags.duration("--horizon", horizon);
    if (stageRate != null) {
      Flags.rate("--stage-rate", stageRate); // checked in sync mode too, where it is not used
    }
    // built first with one interval per horizon (the fewest events), to find Daly's interval
    SimConfig config = SimConfig.builder()
        .jobs(j, fleet)
        .checkpoint(model.size().checkpointBytes(), h, m)
        .horizon(h)
        .writeBandwidth(writeRate == null ? o.throughput().writeBytesPerSec()
            : Flags.rate("--write-rate", writeRate))
        .stageRatePerGpu(m == CheckpointMode.ASYNC ? (stageRate == null
            ? d.value(use(used, "stageRatePerGpu")) : Flags.rate("--stage-rate", stageRate))
            : Double.POSITIVE_INFINITY)
        .failures(mtbf, failureLaw(), !restartTime.given() ? restart(s, c, o, model, fleet, j, m)
            : restartTime.seconds())
        .local(localCapacity == null ? o.capacity().usableBytes()
                : Flags.bytes("--local-capacity", localCapacity),
            keepLocal == null ? s.outage().keepLocal() : keepLocal)
        .wan(copyEvery == null ? s.outage().copyEvery() : copyEvery,
            Double.POSITIVE_INFINITY)
        .alignedStart(aligned)
        .build();
    config = config.toBuilder().checkpoint(config.checkpointBytes(), interval(config),
        config.mode()).build();
    return wan(config, s, d, used);
  }

  /**
   * Daly's restart time on this option: the catalog's restart overhead plus the restore of one
   * job's checkpoint at its share of the option's read (docs/model.md, "Restore"), for a job of
   * fleet / jobs GPUs laid out by the scenario's parallelism.
   */
  private double restart(Scenario s, Catalog c, Option o, ModelOptions.Resolved model, long fleet,
      int jobs, CheckpointMode m) {
    if (fleet < 1 || jobs < 1 || jobs > fleet) {
      // the builder names the bad --gpus or --jobs; the overhead alone until then
      return CheckpointCatalog.builtIn().failures().restartSeconds();
    }
    long jobGpus = fleet / jobs;
    return io.exaplan.design.GpuSides.fit(s, c, model.size(), jobGpus,
        s.checkpointStallFraction(), m, List.of(new io.exaplan.checkpoint.JobOnDesign.Design(
            o.id(), o.throughput().readBytesPerSec(), o.throughput().writeBytesPerSec(), jobs)),
        null, null).jobs().get(0).daly().restartSeconds();
  }

  /**
   * The interval given, or Daly's (2006) optimum for the first job alone: its stall per
   * checkpoint (the uncontended write, or the stage when async) against its MTBF.
   */
  private double interval(SimConfig config) {
    if (interval != null) {
      double given = Flags.duration("--interval", interval);
      if (given < MIN_INTERVAL_SECONDS) {
        throw new InputException("--interval: must be at least 1 s (the simulator's shortest "
            + "checkpoint interval), got '" + interval + "'");
      }
      return given;
    }
    if (!Double.isFinite(config.gpuMtbfSeconds())) {
      throw new InputException("--interval: needed with --gpu-mtbf none (the default, Daly's "
          + "optimal interval, needs a failure rate)");
    }
    double daly = Failures.dalyInterval(config.stallSeconds(0), config.jobMtbfSeconds(0));
    if (daly < MIN_INTERVAL_SECONDS) {
      throw new InputException("--interval: Daly's optimal interval for this job is "
          + Units.sig(daly) + " s (a " + Units.human(config.checkpointBytes(), Dimension.BYTES)
          + " checkpoint), below the "
          + "simulator's shortest interval of 1 s; give --interval of 1 s or more");
    }
    return daly;
  }

  /**
   * The shortest checkpoint interval simulated. Daly's optimum falls towards zero with the write
   * time (a 1 kB checkpoint into 1.463 TB/s gives 0.0025 s: 31 million checkpoints a day, 9 s of
   * work for one simulated day); no job checkpoints more often than once a second, and every
   * event the simulator spends on such a run answers no storage question.
   */
  static final double MIN_INTERVAL_SECONDS = 1;

  /** The WAN settings, only asked for (and only listed as assumptions) when copies are made. */
  private SimConfig wan(SimConfig config, Scenario s, SimDefaults d, List<String> used) {
    if (!config.wan()) {
      if (wanRate != null || outageEvery != null || outageMean != null || outageAt != null
          || outageFor != null) {
        throw new InputException("--copy-every 0 copies nothing over the WAN; drop the --wan-rate "
            + "and --outage-* flags or copy every Nth checkpoint");
      }
      return config;
    }
    SimConfig.Builder b = config.toBuilder()
        .wan(config.copyEvery(), wanRate == null ? scenarioWan(s, used)
            : Flags.rate("--wan-rate", wanRate));
    double every = "none".equals(outageEvery) ? Double.POSITIVE_INFINITY
        : outageEvery == null ? d.value(use(used, "outageEvery"))
        : Flags.duration("--outage-every", outageEvery);
    if (Double.isFinite(every)) {
      b.randomOutages(every, outageMean == null ? d.value(use(used, "outageMean"))
          : Flags.duration("--outage-mean", outageMean));
    } else if (outageMean != null) {
      throw new InputException("--outage-mean: not used with --outage-every none");
    }
    if ((outageAt == null) != (outageFor == null)) {
      throw new InputException("--outage-at and --outage-for go together: give both or neither");
    }
    if (outageAt != null) {
      b.scheduledOutage(Flags.durationOrZero("--outage-at", outageAt),
          Flags.duration("--outage-for", outageFor));
    }
    return b.build();
  }

  private FailureLaw failureLaw() {
    if (weibullShape == null) {
      return FailureLaw.EXPONENTIAL;
    }
    return new FailureLaw(Flags.number("--weibull-shape", weibullShape));
  }

  /** The scenario's WAN rate per site, the one figure compare, sites and the GPU side use. */
  private static double scenarioWan(Scenario s, List<String> used) {
    used.add(SCENARIO_WAN);
    return s.limits().wanBytesPerSecPerSite();
  }

  /** Marks, among the simulator keys used, that the scenario's WAN rate was. */
  private static final String SCENARIO_WAN = "scenario:wanRatePerSite";

  private static String use(List<String> used, String key) {
    used.add(key);
    return key;
  }
}
