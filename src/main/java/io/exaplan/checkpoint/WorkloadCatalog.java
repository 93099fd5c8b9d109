package io.exaplan.checkpoint;

import io.exaplan.catalog.Source;
import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Figure;
import io.exaplan.config.InputException;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Units;
import io.exaplan.config.Yaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workload presets ({@value #BUILT_IN}): text LLM, image and video pre-training, each figure
 * with its source. Kept apart from the hardware catalog because it describes training, not
 * hardware.
 */
public record WorkloadCatalog(Map<String, Source> sources, Map<String, Workload> workloads) {
  public static final String BUILT_IN = "catalog/workloads.yaml";
  private static final WorkloadCatalog DEFAULT = bind(Yaml.resource(BUILT_IN));

  public static WorkloadCatalog builtIn() {
    return DEFAULT;
  }

  /** Parses a file in the bundled layout; {@code origin} names it in messages. */
  public static WorkloadCatalog parse(String origin, String yaml) {
    return bind(Yaml.parse(origin, yaml));
  }

  /** The workload {@code id}; an unknown one names {@code field} and the known ids. */
  public Workload workload(String field, String id) {
    Workload w = workloads.get(id);
    if (w == null) {
      throw new InputException(field + ": unknown workload '" + id + "'; expected one of: "
          + String.join(", ", workloads.keySet()));
    }
    return w;
  }

  /** "id.field = value (assumption: ...)" for each assumed figure of {@code w}. */
  public List<String> assumptions(Workload w) {
    Set<String> out = new LinkedHashSet<>();
    w.figures().forEach((field, f) -> {
      Source s = sources.get(f.sourceId());
      if (s != null && s.assumption()) {
        out.add(w.id() + "." + field + " = " + f.human() + " (" + s.citation() + ")");
      }
    });
    return new ArrayList<>(out);
  }

  static WorkloadCatalog bind(Node root) {
    Problems problems = new Problems();
    Fields top = Fields.of(root, "", problems);
    Map<String, Source> sources = new LinkedHashMap<>();
    Fields src = top.map("sources");
    for (String id : src.keys()) {
      String text = src.text(id).trim();
      if (text.isEmpty()) {
        src.problem(id, "empty source; expected a citation or 'assumption: why'");
      }
      sources.put(id, new Source(id, text, text.startsWith(Source.ASSUMPTION)));
    }
    Map<String, Workload> workloads = top.entries("workloads", (id, f) -> {
      Map<String, Figure> figs = new LinkedHashMap<>();
      java.util.function.BiFunction<String, Dimension, Double> get = (k, d) -> {
        Figure fig = f.figure(k, d, true);
        figs.put(k, fig);
        return fig.value();
      };
      double read = get.apply("readPerGpu", Dimension.BYTE_RATE);
      double dataset = get.apply("dataset", Dimension.BYTES);
      double epochs = get.apply("epochs", Dimension.NUMBER);
      double kept = get.apply("checkpointsKept", Dimension.NUMBER);
      if (kept != Math.rint(kept) || kept > 1_000_000) {
        f.problem("checkpointsKept", "must be a whole number from 1 to 1000000, got "
            + Units.sig(kept));
      }
      double every = get.apply("milestoneEvery", Dimension.DURATION);
      double retention = get.apply("retention", Dimension.DURATION);
      if (retention / every > 1_000_000) {
        f.problem("retention", "keeps more than 1000000 milestone checkpoints; expected a "
            + "retention of at most 1000000 x milestoneEvery");
      }
      Figure scratch = f.figure("scratchShare", Dimension.NUMBER, false);
      figs.put("scratchShare", scratch);
      if (!(scratch.value() >= 0 && scratch.value() < 1)) {
        f.problem("scratchShare", "must be a fraction in [0, 1), got "
            + Units.sig(scratch.value()));
      }
      return new Workload(id, f.text("name"), read, dataset, epochs, (int) Math.min(kept,
          1_000_000), every, retention, scratch.value(), figs);
    });
    top.finish();
    problems.throwIfAny();
    for (Workload w : workloads.values()) {
      w.figures().forEach((k, fig) -> {
        if (!sources.containsKey(fig.sourceId())) {
          problems.add(fig.at(), "workloads." + w.id() + "." + k, "unknown source '"
              + fig.sourceId() + "'; add it under sources or use one of: "
              + String.join(", ", sources.keySet()));
        }
      });
    }
    problems.throwIfAny();
    return new WorkloadCatalog(sources, workloads);
  }
}
