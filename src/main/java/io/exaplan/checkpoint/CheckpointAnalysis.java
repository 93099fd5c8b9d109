package io.exaplan.checkpoint;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.catalog.Item;
import io.exaplan.config.Dimension;
import io.exaplan.config.Figure;
import io.exaplan.config.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer of {@code exaplan checkpoint}: checkpoint size, the write rate a cadence needs, the
 * failure model (fleet MTBF, Young's and Daly's intervals, Daly's complete model of wall clock and
 * efficiency), the chart tables, and the write time on each design. SI units throughout.
 */
public record CheckpointAnalysis(
    String model,
    String modelName,
    Long parameters,
    Double bytesPerParam,
    List<CheckpointSize.Component> breakdown,
    double checkpointBytes,
    int shards,
    double shardBytes,
    double intervalSeconds,
    double stallFraction,
    CheckpointMode mode,
    double syncWriteBytesPerSec,
    double asyncFloorBytesPerSec,
    double asyncLocalNvmeBytes,
    long gpus,
    String mtbfBasis,
    double gpuMtbfSeconds,
    double fleetMtbfSeconds,
    double writeSeconds,
    boolean writeTimeGiven,
    double restartSeconds,
    double workSeconds,
    double youngIntervalSeconds,
    double dalyIntervalSeconds,
    Double wallClockSeconds,
    double efficiency,
    Double dalyWallClockSeconds,
    double dalyEfficiency,
    List<Cadence.Row> cadences,
    List<Failures.FleetRow> fleet,
    List<DesignFit.Row> designs,
    List<String> notes,
    List<String> assumptions,
    @com.fasterxml.jackson.annotation.JsonInclude(
        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) GpuSideFit gpuSide) {

  /**
   * What to analyse. Null means "not given": the fleet MTBF then comes from the catalog's reference
   * failure rate, the write time from the stall budget (stall fraction x interval, the write time
   * of storage that delivers exactly the synchronous rate), restart and work from the catalog.
   */
  public record Question(CheckpointSize size, ModelPreset preset, double intervalSeconds,
      double stallFraction, CheckpointMode mode, long gpus, Double gpuMtbfSeconds,
      Double fleetMtbfSeconds, Double writeSeconds, Double restartSeconds, Double workSeconds,
      List<Double> cadences, List<Long> fleetGpus, List<DesignFit.DesignRate> designs) {}

  public static CheckpointAnalysis of(Question q, CheckpointCatalog k) {
    return of(q, k, null);
  }

  /**
   * {@link #of(Question, CheckpointCatalog)} with the job seen from its GPUs on every design
   * ({@code gpuSide}: shards, shares, restore, sync vs two-tier); null leaves it out.
   */
  public static CheckpointAnalysis of(Question q, CheckpointCatalog k, GpuSideFit gpuSide) {
    FailureReference ref = k.failures();
    Map<String, Figure> usedFailureFigures = new LinkedHashMap<>();
    String basis;
    double gpuMtbf;
    double m;
    if (q.fleetMtbfSeconds() != null) {
      basis = "mtbf";
      m = q.fleetMtbfSeconds();
      gpuMtbf = m * q.gpus();
    } else if (q.gpuMtbfSeconds() != null) {
      basis = "gpu-mtbf";
      gpuMtbf = q.gpuMtbfSeconds();
      m = Failures.fleetMtbf(gpuMtbf, q.gpus());
    } else {
      basis = "reference";
      gpuMtbf = ref.gpuMtbfSeconds();
      m = Failures.fleetMtbf(gpuMtbf, q.gpus());
      for (String f : List.of("interruptions", "period", "gpus")) {
        usedFailureFigures.put(f, ref.figures().get(f));
      }
    }
    double restart = q.restartSeconds() != null ? q.restartSeconds() : use(usedFailureFigures,
        ref, "restartTime", ref.restartSeconds());
    double work = q.workSeconds() != null ? q.workSeconds() : use(usedFailureFigures, ref, "work",
        ref.workSeconds());
    CheckpointSize s = q.size();
    double bytes = s.checkpointBytes();
    double interval = q.intervalSeconds();
    double stall = q.stallFraction();
    double delta = q.writeSeconds() != null ? q.writeSeconds() : stall * interval;
    double young = Failures.youngInterval(delta, m);
    double daly = Failures.dalyInterval(delta, m);
    double eff = Failures.efficiency(interval, delta, m, restart);
    double dalyEff = Failures.efficiency(daly, delta, m, restart);

    List<Double> cadences = new ArrayList<>(q.cadences());
    cadences.add(interval);
    List<Long> fleetGpus = new ArrayList<>(q.fleetGpus());
    fleetGpus.add(q.gpus());
    List<Item> used = new ArrayList<>();
    if (s.components().size() > 1) {
      used.addAll(k.state());
    }
    if (q.preset() != null) {
      used.add(q.preset());
    }
    used.add(new UsedFigures(ref.id(), usedFailureFigures));

    CheckpointAnalysis draft = new CheckpointAnalysis(s.model(), s.modelName(), s.parameters(),
        Double.isNaN(s.bytesPerParam()) ? null : s.bytesPerParam(), s.components(), bytes,
        s.shards(), s.shardBytes(), interval, stall, q.mode(),
        Cadence.syncWriteBytesPerSec(bytes, interval, stall),
        Cadence.asyncFloorBytesPerSec(bytes, interval), Cadence.asyncLocalNvmeBytes(bytes),
        q.gpus(), basis, gpuMtbf, m, delta, q.writeSeconds() != null, restart, work, young, daly,
        finite(work / eff), eff, finite(work / dalyEff), dalyEff, Cadence.table(bytes, stall, cadences),
        Failures.fleetTable(gpuMtbf, delta, restart, interval, fleetGpus),
        DesignFit.rows(bytes, List.of(interval), stall, q.mode(), q.designs()), List.of(),
        k.assumptions(used), gpuSide);
    return draft.withNotes(explain(draft, ref));
  }

  private CheckpointAnalysis withNotes(List<String> n) {
    return new CheckpointAnalysis(model, modelName, parameters, bytesPerParam, breakdown,
        checkpointBytes, shards, shardBytes, intervalSeconds, stallFraction, mode,
        syncWriteBytesPerSec, asyncFloorBytesPerSec, asyncLocalNvmeBytes, gpus, mtbfBasis,
        gpuMtbfSeconds, fleetMtbfSeconds, writeSeconds, writeTimeGiven, restartSeconds,
        workSeconds, youngIntervalSeconds, dalyIntervalSeconds, wallClockSeconds, efficiency,
        dalyWallClockSeconds, dalyEfficiency, cadences, fleet, designs, n, assumptions, gpuSide);
  }

  public CheckpointAnalysis {
    breakdown = List.copyOf(breakdown);
    cadences = List.copyOf(cadences);
    fleet = List.copyOf(fleet);
    designs = List.copyOf(designs);
    notes = List.copyOf(notes);
    assumptions = List.copyOf(assumptions);
  }

  /** Null for a run that never finishes (efficiency 0): JSON has no infinity. */
  private static Double finite(double seconds) {
    return Double.isFinite(seconds) ? seconds : null;
  }

  /** Figures of one catalog entry that an answer actually used, for its assumptions list. */
  private record UsedFigures(String id, Map<String, Figure> figures) implements Item {}

  private static double use(Map<String, Figure> used, FailureReference ref, String field,
      double value) {
    used.put(field, ref.figures().get(field));
    return value;
  }

  /** MTBFs and run lengths read best in hours whatever their size: "50,677 h". */
  private static String hours(double seconds) {
    return sig(seconds / 3600) + " h";
  }

  /** A wall clock, or why there is none. */
  private static String hours(Double seconds) {
    return seconds == null ? "never (failures outpace checkpoints)" : hours(seconds.doubleValue());
  }

  /** The arithmetic behind each headline figure, in words. */
  static List<String> explain(CheckpointAnalysis a, FailureReference ref) {
    List<String> out = new ArrayList<>();
    String size = human(a.checkpointBytes(), Dimension.BYTES);
    String iv = human(a.intervalSeconds(), Dimension.DURATION);
    if (a.parameters() != null) {
      StringBuilder parts = new StringBuilder();
      for (CheckpointSize.Component c : a.breakdown()) {
        parts.append(parts.length() == 0 ? "" : " + ").append(sig(c.bytesPerParam())).append(' ')
            .append(c.name());
      }
      out.add("Checkpoint " + size + " = " + Units.grouped(a.parameters())
          + " parameters x " + sig(a.bytesPerParam()) + " B (" + parts + "); split over "
          + Units.count(a.shards(), "shard") + " of "
          + human(a.shardBytes(), Dimension.BYTES)
          + ", the total is the same.");
    }
    out.add("Synchronous write " + human(a.syncWriteBytesPerSec(), Dimension.BYTE_RATE) + " = "
        + size + " / (" + sig(a.stallFraction()) + " x " + iv + "); asynchronous floor "
        + human(a.asyncFloorBytesPerSec(), Dimension.BYTE_RATE) + " = " + size + " / " + iv
        + ", with " + human(a.asyncLocalNvmeBytes(), Dimension.BYTES)
        + " of node-local NVMe (two checkpoints: one draining, one being staged).");
    String gpuMtbf = hours(a.gpuMtbfSeconds());
    switch (a.mtbfBasis()) {
      case "reference":
        out.add("Per-GPU MTBF " + gpuMtbf + " = " + hours(ref.periodSeconds()) + " ("
            + human(ref.periodSeconds(), Dimension.DURATION) + ") x " + Units.grouped(ref.gpus()) + " GPUs / " + sig(ref.interruptions())
            + " interruptions (reference run: fleet MTBF " + hours(ref.fleetMtbfSeconds())
            + ").");
        break;
      case "mtbf":
        out.add("Fleet MTBF given; per-GPU MTBF " + gpuMtbf + " = fleet MTBF x "
            + Units.grouped(a.gpus()) + " GPUs.");
        break;
      default:
        out.add("Per-GPU MTBF " + gpuMtbf + " given.");
    }
    out.add("Fleet MTBF M = " + hours(a.fleetMtbfSeconds()) + " = " + gpuMtbf
        + " / " + Units.grouped(a.gpus()) + " GPUs.");
    String delta = human(a.writeSeconds(), Dimension.DURATION);
    out.add("Checkpoint write time delta = " + delta + (a.writeTimeGiven() ? " (given)."
        : " = stall fraction x interval, the write time of storage that just meets the "
            + "synchronous rate."));
    String mm = hours(a.fleetMtbfSeconds());
    out.add("Young (1974): sqrt(2 x " + delta + " x " + mm + ") = "
        + human(a.youngIntervalSeconds(), Dimension.DURATION) + "; Daly (2006): sqrt(2 delta M) x "
        + "[1 + sqrt(delta/2M)/3 + (delta/2M)/9] - delta = "
        + human(a.dalyIntervalSeconds(), Dimension.DURATION)
        + (a.writeSeconds() >= 2 * a.fleetMtbfSeconds() ? " (delta >= 2M, so tau = M)" : "")
        + ".");
    out.add("Daly's complete model, T_w = M e^(R/M) (e^((tau + delta)/M) - 1) Ts / tau with R = "
        + human(a.restartSeconds(), Dimension.DURATION) + " and Ts = "
        + hours(a.workSeconds()) + ": at " + iv + ", " + hours(a.wallClockSeconds())
        + " (efficiency " + String.format(Locale.ROOT, "%.4f", a.efficiency())
        + "); at Daly's interval, " + hours(a.dalyWallClockSeconds()) + " (efficiency "
        + String.format(Locale.ROOT, "%.4f", a.dalyEfficiency()) + ").");
    return out;
  }
}
