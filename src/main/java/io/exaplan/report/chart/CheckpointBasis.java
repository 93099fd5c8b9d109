package io.exaplan.report.chart;

import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Figure;
import io.exaplan.config.Problems;
import io.exaplan.config.Yaml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's checkpoint arithmetic: how many bytes a checkpoint is, the write bandwidth a
 * cadence needs, and the training efficiency at Young's optimal interval. Inputs come from the
 * bundled {@code catalog/checkpoint-basis.yaml}, each with its source. Deliberately small: the
 * full checkpoint model can replace it behind the same methods.
 *
 * <p>Young, J. W. (1974), "A first order approximation to the optimum checkpoint interval",
 * CACM 17(9): the interval that minimises lost time is sqrt(2 x checkpoint time x MTBF), and at
 * that interval the first-order waste (checkpoint time per interval plus half an interval redone
 * per failure) is sqrt(2 x checkpoint time / MTBF). Restart time is not included.
 */
public record CheckpointBasis(
    double parameters,
    double bytesPerParameter,
    double gpusPerJob,
    double interruptions,
    double observedGpus,
    double observedSeconds,
    List<Double> cadencesSeconds,
    Map<String, Figure> figures,
    Map<String, String> sources) {

  public static final String BUILT_IN = "catalog/checkpoint-basis.yaml";

  public CheckpointBasis {
    cadencesSeconds = List.copyOf(cadencesSeconds);
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  /** The bundled basis. */
  public static CheckpointBasis builtIn() {
    Problems problems = new Problems();
    Fields top = Fields.of(Yaml.resource(BUILT_IN), "", problems);
    Map<String, String> sources = new LinkedHashMap<>();
    Fields src = top.map("sources");
    for (String id : src.keys()) {
      sources.put(id, src.text(id));
    }
    Map<String, Figure> figs = new LinkedHashMap<>();
    for (String key : List.of("parameters", "bytesPerParameter", "gpusPerJob", "interruptions",
        "observedGpus")) {
      figs.put(key, top.figure(key, Dimension.NUMBER, true));
    }
    figs.put("observed", top.figure("observed", Dimension.DURATION, true));
    Fields cad = top.map("cadences");
    List<Double> cadences = new ArrayList<>();
    for (String key : cad.keys()) {
      Figure f = cad.figure(key, Dimension.DURATION, true);
      figs.put("cadences." + key, f);
      cadences.add(f.value());
    }
    cad.finish();
    top.finish();
    for (Map.Entry<String, Figure> e : figs.entrySet()) {
      if (!sources.containsKey(e.getValue().sourceId())) {
        problems.add(e.getValue().at(), e.getKey(), "unknown source '"
            + e.getValue().sourceId() + "'");
      }
    }
    problems.throwIfAny();
    return new CheckpointBasis(figs.get("parameters").value(),
        figs.get("bytesPerParameter").value(), figs.get("gpusPerJob").value(),
        figs.get("interruptions").value(), figs.get("observedGpus").value(),
        figs.get("observed").value(), cadences, figs, sources);
  }

  /** One job's checkpoint: parameters x bytes per parameter (405e9 x 14 = 5.67 TB). */
  public double checkpointBytes() {
    return parameters * bytesPerParameter;
  }

  /**
   * Bytes a checkpoint round writes for {@code gpus} GPUs all running jobs of this model at the
   * reference job size: gpus / gpusPerJob x checkpoint bytes.
   */
  public double roundBytes(long gpus) {
    return gpus / gpusPerJob * checkpointBytes();
  }

  /**
   * Write bandwidth that keeps up with one checkpoint round every {@code intervalSeconds}
   * (asynchronous checkpointing: the round drains before the next one starts).
   */
  public double requiredWriteBytesPerSec(long gpus, double intervalSeconds) {
    return roundBytes(gpus) / intervalSeconds;
  }

  /** Mean time between interruptions of a job on {@code gpus} GPUs: failures scale with GPUs. */
  public double mtbfSeconds(double gpus) {
    return observedSeconds * observedGpus / (interruptions * gpus);
  }

  /** Young's optimal interval sqrt(2 x delta x M). */
  public static double youngIntervalSeconds(double checkpointSeconds, double mtbfSeconds) {
    return Math.sqrt(2 * checkpointSeconds * mtbfSeconds);
  }

  /**
   * Useful fraction of time at Young's interval: 1 - delta/tau - tau/(2M) = 1 - sqrt(2 delta / M),
   * floored at zero where the first-order model no longer applies.
   */
  public static double efficiency(double checkpointSeconds, double mtbfSeconds) {
    return Math.max(0, 1 - Math.sqrt(2 * checkpointSeconds / mtbfSeconds));
  }

  /** "parameters = 405,000,000,000 (Dubey et al. ...)": each input with its source, for reports. */
  public List<String> inputs() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Figure> e : figures.entrySet()) {
      out.add(e.getKey() + " = " + e.getValue().human() + " ("
          + sources.getOrDefault(e.getValue().sourceId(), e.getValue().sourceId()) + ")");
    }
    return out;
  }
}
