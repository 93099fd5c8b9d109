package io.exaplan.checkpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The failure model on one storage design: the design's time to write a checkpoint is Daly's
 * {@code delta} (what a synchronous checkpoint stalls training), so a faster design checkpoints
 * more often for the same overhead and loses less work per failure. One analysis per cadence of
 * the checkpoint fit, each exactly what {@code exaplan checkpoint --write-time <the design's
 * write time> --interval <cadence> --gpus <gpus>} answers; Young's and Daly's intervals and the
 * efficiency-vs-fleet-size table do not depend on the cadence.
 *
 * @param byCadence one analysis per cadence, shortest first
 */
public record DesignFailures(String option, double writeSeconds,
    List<CheckpointAnalysis> byCadence) {

  public DesignFailures {
    byCadence = List.copyOf(byCadence);
  }

  /** The analysis at the first cadence: intervals, Daly's efficiency and the fleet table. */
  public CheckpointAnalysis analysis() {
    return byCadence.get(0);
  }

  /**
   * Every design of {@code fit}, in its order, for a job on {@code gpus} GPUs with the catalog's
   * reference failure rate, restart time and work.
   *
   * @param preset the model {@code fit} was sized from (for the assumptions list)
   */
  public static List<DesignFailures> of(CheckpointFit fit, ModelPreset preset, long gpus,
      CheckpointCatalog k) {
    return of(fit, preset, gpus, k, java.util.Map.of());
  }

  /**
   * As {@link #of(CheckpointFit, ModelPreset, long, CheckpointCatalog)}, with Daly's restart time
   * per design: {@code restartSeconds} maps an option to its restart overhead + restore time
   * (GpuSideFit's rows); an option it lacks restarts in the catalog's restart time.
   */
  public static List<DesignFailures> of(CheckpointFit fit, ModelPreset preset, long gpus,
      CheckpointCatalog k, Map<String, Double> restartSeconds) {
    Map<String, DesignFit.Row> first = new LinkedHashMap<>();
    for (DesignFit.Row r : fit.rows()) {
      first.putIfAbsent(r.option(), r);
    }
    List<DesignFit.DesignRate> designs = first.values().stream()
        .map(DesignFit.Row::rate)
        .toList();
    List<DesignFailures> out = new ArrayList<>();
    for (DesignFit.Row r : first.values()) {
      List<CheckpointAnalysis> byCadence = new ArrayList<>();
      for (double cadence : new TreeSet<>(fit.cadencesSeconds())) {
        byCadence.add(CheckpointAnalysis.of(new CheckpointAnalysis.Question(fit.checkpoint(),
            preset, cadence, fit.stallFraction(), fit.mode(), gpus, null, null,
            r.writeSeconds(), restartSeconds.get(r.option()), null, k.chartCadencesSeconds(),
            k.chartFleetGpus(),
            designs), k));
      }
      out.add(new DesignFailures(r.option(), r.writeSeconds(), byCadence));
    }
    return out;
  }
}
