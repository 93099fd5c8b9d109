package io.exaplan.cli;

import io.exaplan.checkpoint.Cadence;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.CheckpointSize;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.GuidanceLevel;
import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.Goal;
import io.exaplan.optimize.Objective;
import io.exaplan.optimize.Optimize;
import io.exaplan.optimize.SearchSpace;
import io.exaplan.optimize.Floors;
import io.exaplan.optimize.Targets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The optimiser's targets, objective and search space, shared by optimize and sensitivity. */
final class TargetOptions {
  @Option(names = "--objective", paramLabel = "OBJ", defaultValue = "racks",
      description = "racks, kw, ru or weighted (default: ${DEFAULT-VALUE}); ties are broken by "
          + "racks, then kW, then rack units.")
  String objective;

  @Option(names = "--weights", paramLabel = "R,K,U",
      description = "For --objective weighted: the weight of one rack, one kW and one rack unit, "
          + "e.g. 1,0.1,0.")
  String weights;

  @Option(names = "--min-usable", paramLabel = "SIZE",
      description = "Usable capacity to reach, e.g. '1 EB' (default: the scenario's targetUsable).")
  String minUsable;

  @Option(names = "--min-read", paramLabel = "RATE", description = "Read throughput, e.g. '10 TB/s'.")
  String minRead;

  @Option(names = "--min-write", paramLabel = "RATE",
      description = "Write throughput, e.g. '4.5 TB/s' (default, without --guidance: what the "
          + "scenario's checkpointModel needs at its longest checkpointCadence in its "
          + "checkpointMode; '0 B/s' for none).")
  String minWrite;

  @Option(names = "--guidance", paramLabel = "LEVEL", arity = "0..1", fallbackValue = "",
      description = "Also meet an NVIDIA guidance level's read and write for --gpus GPUs "
          + "(no LEVEL: the scenario's).")
  String guidance;

  @Option(names = "--workload", paramLabel = "ID", arity = "0..1", fallbackValue = "",
      description = "Size to a workload's needs (catalog/workloads.yaml: text-llm, image, video; "
          + "no ID: the scenario's): its read for the fleet, and its capacity (data sets, "
          + "retained checkpoints, scratch) unless --min-usable is given.")
  String workload;

  /**
   * The GPUs the guidance targets are computed for (optimize, sensitivity): a sizing input,
   * not checkpoint's job, simulate's fleet or size's served count, so its own flag.
   */
  @Option(names = "--gpus", paramLabel = "N",
      description = "GPUs the guidance targets are for (default: the scenario's fleet).")
  Long gpus;

  @Option(names = "--certified-only", description = "Only NVIDIA-certified enclosures and C-nodes.")
  boolean certifiedOnly;

  @Option(names = "--max-racks", paramLabel = "N", description = "At most N racks (floor space).")
  Integer maxRacks;

  @Option(names = "--rack-kw", paramLabel = "KW", split = ",",
      description = "Rack power limits to choose from, in kW, e.g. 12,15 (default: the scenario's).")
  List<String> rackKw = new ArrayList<>();

  @Option(names = "--dbox", paramLabel = "MODEL", split = ",",
      description = "Enclosure models to choose from (default: every catalog model).")
  List<String> dboxes = new ArrayList<>();

  @Option(names = "--pareto-racks", paramLabel = "N",
      description = "Extend the Pareto front to N racks (default: the best design's racks plus a "
          + "quarter, at least 2 and at most 20 more).")
  Integer paretoRacks;

  /** True when any of these flags was given. */
  boolean given() {
    return !"racks".equals(objective) || weights != null || minUsable != null || minRead != null
        || minWrite != null || guidance != null || workload != null || gpus != null
        || certifiedOnly
        || maxRacks != null || !rackKw.isEmpty() || !dboxes.isEmpty() || paretoRacks != null;
  }

  /** The optimiser request these flags describe, over the scenario and catalog. */
  Optimize.Request request(Scenario s, Catalog c) {
    Objective o = Objective.parse(objective);
    if (o == null) {
      throw new InputException("--objective: '" + objective
          + "' is not one of racks, kw, ru, weighted");
    }
    Goal goal = goal(o);
    double usable = minUsable == null ? s.targetUsableBytes()
        : quantity("--min-usable", minUsable, Dimension.BYTES, true);
    double read = minRead == null ? 0 : quantity("--min-read", minRead, Dimension.BYTE_RATE, false);
    double write = minWrite != null ? quantity("--min-write", minWrite, Dimension.BYTE_RATE, false)
        : guidance == null ? checkpointWrite(s) : 0;
    String level = null;
    Long served = null;
    if (guidance != null) {
      level = guidance.isEmpty() ? s.guidance() : guidance;
      GuidanceLevel g = c.guidance().get(level);
      if (g == null) {
        throw new InputException("--guidance: unknown level '" + level + "'; expected one of: "
            + String.join(", ", c.guidance().keySet()));
      }
      served = Flags.gpus("--gpus", gpus, s.gpus());
      if (served < 1) {
        throw new InputException("--gpus: must be from 1 to " + Scenario.MAX_GPUS + ", got "
            + served);
      }
      read = Math.max(read, g.requiredRead(served));
      write = Math.max(write, g.requiredWrite(served));
    } else if (gpus != null) {
      throw new InputException("--gpus: only used with --guidance");
    }
    if (maxRacks != null && maxRacks < 1) {
      throw new InputException("--max-racks: must be at least 1, got " + maxRacks);
    }
    if (paretoRacks != null && (paretoRacks < 1 || paretoRacks > Optimize.MAX_PARETO_RACKS)) {
      throw new InputException("--pareto-racks: must be from 1 to " + Optimize.MAX_PARETO_RACKS
          + ", got " + paretoRacks);
    }
    if (workload != null) {
      io.exaplan.checkpoint.WorkloadNeeds n = io.exaplan.design.GpuSides.workload(s, c,
          List.of(), "--workload", workload.isEmpty() ? s.training().workload() : workload);
      read = Math.max(read, n.readBytesPerSec());
      if (minUsable == null) {
        usable = n.capacityBytes();
      }
    }
    Targets t = new Targets(usable, read, write, maxRacks, certifiedOnly, Floors.of(s, c));
    return new Optimize.Request(space(s, c), t, goal, paretoRacks, level, served);
  }

  /**
   * The write the scenario's jobs need when they checkpoint at once at its most lenient cadence:
   * jobs (the fleet's GPUs / cluster size, rounded up) x one job's rate. Without a target the
   * fewest racks would hold a single C-node, which no training fleet can checkpoint into.
   */
  static double checkpointWrite(Scenario s) {
    double interval = java.util.Collections.max(s.checkpointCadencesSeconds());
    return s.jobsFor(s.gpus()) * s.jobCheckpointWrite(interval);
  }

  private Goal goal(Objective o) {
    if (o != Objective.WEIGHTED) {
      if (weights != null) {
        throw new InputException("--weights: only used with --objective weighted");
      }
      return Goal.of(o);
    }
    if (weights == null) {
      throw new InputException("--weights: --objective weighted needs weights R,K,U, e.g. 1,0.1,0");
    }
    String[] parts = weights.split(",", -1);
    double[] w = new double[3];
    try {
      if (parts.length != 3) {
        throw new NumberFormatException();
      }
      for (int i = 0; i < 3; i++) {
        w[i] = Double.parseDouble(parts[i].trim());
        if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
          throw new NumberFormatException();
        }
      }
    } catch (NumberFormatException e) {
      throw new InputException("--weights: '" + weights + "' is not three numbers of zero or more "
          + "(per rack, per kW, per rack unit), e.g. 1,0.1,0");
    }
    if (w[0] + w[1] + w[2] == 0) {
      throw new InputException("--weights: at least one weight must be greater than zero");
    }
    return new Goal(o, w[0], w[1], w[2]);
  }

  /**
   * Rack power limits one run searches: each is a search of its own (about 40 ms on one core), so
   * 40 limits (5 to 44 kW in 1 kW steps) stay under two seconds; 200 took 8.7 s of CPU.
   */
  static final int MAX_RACK_POWER_LIMITS = 40;

  private SearchSpace space(Scenario s, Catalog c) {
    SearchSpace sp = SearchSpace.of(s, c);
    if (rackKw.size() > MAX_RACK_POWER_LIMITS) {
      throw new InputException("--rack-kw: " + rackKw.size() + " rack power limits; expected at "
          + "most " + MAX_RACK_POWER_LIMITS + " (each is a search of its own: sweep in coarser "
          + "steps)");
    }
    if (!rackKw.isEmpty()) {
      List<Double> watts = new ArrayList<>();
      for (String kw : rackKw) {
        double w = Flags.rackWatts("--rack-kw", kw);
        if (!watts.contains(w)) {
          watts.add(w);
        }
      }
      sp = sp.withRackPowerLimits(watts);
    }
    if (!dboxes.isEmpty()) {
      List<DBoxModel> models = new ArrayList<>();
      for (String id : dboxes) {
        DBoxModel m = c.dboxes().get(id);
        if (m == null) {
          throw new InputException("--dbox: unknown enclosure model '" + id + "'; expected one of: "
              + String.join(", ", c.dboxes().keySet()));
        }
        if (!models.contains(m)) {
          models.add(m);
        }
      }
      sp = sp.withDboxes(models);
    }
    return sp;
  }

  private static double quantity(String flag, String text, Dimension d, boolean positive) {
    double v;
    try {
      v = Units.parse(text, d);
    } catch (IllegalArgumentException e) {
      throw new InputException(flag + ": " + e.getMessage());
    }
    if (positive ? !(v > 0) : !(v >= 0)) {
      throw new InputException(flag + ": must be " + (positive ? "greater than zero" : "zero or "
          + "more") + ", got '" + text + "'");
    }
    return v;
  }
}
