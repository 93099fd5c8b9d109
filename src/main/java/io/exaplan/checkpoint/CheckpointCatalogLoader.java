package io.exaplan.checkpoint;

import io.exaplan.catalog.Source;
import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Figure;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Units;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds {@code catalog/checkpoint.yaml}: all problems at once, each naming file, line and key. */
final class CheckpointCatalogLoader {
  private CheckpointCatalogLoader() {}

  /**
   * A state file: its {@code sources} and {@code state} sections (the layout of the bundled
   * catalog's), the parts replacing the catalog's.
   */
  static CheckpointCatalog withState(CheckpointCatalog k, Node root) {
    Problems problems = new Problems();
    Fields top = Fields.of(root, "", problems);
    Map<String, Source> sources = new LinkedHashMap<>(k.sources());
    Map<String, Figure> every = new LinkedHashMap<>();
    if (top.has("sources")) {
      Fields src = top.map("sources");
      for (String id : src.keys()) {
        String text = src.text(id).trim();
        if (text.isEmpty()) {
          src.problem(id, "empty source; expected a citation or 'assumption: why'");
        }
        sources.put(id, new Source(id, text, text.startsWith(Source.ASSUMPTION)));
      }
    }
    Map<String, StateComponent> state = top.entries("state", (id, f) -> state(id, f, every));
    top.finish();
    if (state.isEmpty() && problems.isEmpty()) {
      problems.add(top.at(), "state", "no parts; expected at least one");
    }
    checkSources(every, sources, problems);
    problems.throwIfAny();
    return new CheckpointCatalog(Collections.unmodifiableMap(sources),
        new ArrayList<>(state.values()), k.models(), k.failures(), k.copyMethods(), k.accounts(),
        k.chartCadencesSeconds(), k.chartFleetGpus(), k.chartOutagesSeconds());
  }

  private static StateComponent state(String id, Fields f, Map<String, Figure> every) {
    Sourced g = new Sourced(f, every);
    String shardedAs = f.text("shardedAs", Sharding.OPTIMIZER.key());
    Sharding sharding = Sharding.parse(shardedAs);
    if (sharding == null) {
      f.problem("shardedAs", "'" + shardedAs + "' is not weights or optimizer");
    }
    return new StateComponent(id, f.text("name"), g.value("bytesPerParam", Dimension.NUMBER),
        sharding == null ? Sharding.OPTIMIZER : sharding, g.figures);
  }

  private static void checkSources(Map<String, Figure> every, Map<String, Source> sources,
      Problems problems) {
    for (Map.Entry<String, Figure> e : every.entrySet()) {
      Figure f = e.getValue();
      if (!f.sourceId().isEmpty() && !sources.containsKey(f.sourceId())) {
        problems.add(f.at(), e.getKey(), "unknown source '" + f.sourceId()
            + "'; add it under sources or use one of: " + String.join(", ", sources.keySet()));
      }
    }
  }

  static CheckpointCatalog bind(Node root) {
    Problems problems = new Problems();
    Fields top = Fields.of(root, "", problems);
    Map<String, Figure> every = new LinkedHashMap<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    Fields src = top.map("sources");
    for (String id : src.keys()) {
      String text = src.text(id).trim();
      if (text.isEmpty()) {
        src.problem(id, "empty source; expected a citation or 'assumption: why'");
      }
      sources.put(id, new Source(id, text, text.startsWith(Source.ASSUMPTION)));
    }
    Map<String, StateComponent> state = top.entries("state", (id, f) -> state(id, f, every));
    Map<String, ModelPreset> models = top.entries("models", (id, f) -> {
      Sourced g = new Sourced(f, every);
      return new ModelPreset(id, f.text("name"), g.whole("parameters"), g.figures);
    });
    Fields ff = top.map("failures");
    Sourced fg = new Sourced(ff, every);
    FailureReference failures = new FailureReference(fg.value("interruptions", Dimension.NUMBER),
        fg.value("period", Dimension.DURATION), fg.whole("gpus"),
        fg.value("restartTime", Dimension.DURATION), fg.value("work", Dimension.DURATION),
        fg.figures);
    ff.finish();
    Map<String, CopyMethod> methods = top.entries("copyMethods", (id, f) -> {
      Sourced g = new Sourced(f, every);
      return new CopyMethod(id, f.text("name"), f.flag("serverSide", false),
          g.optional("maxObjectSize", Dimension.BYTES), g.optionalWhole("connectionsPerVcpu"),
          g.optionalWhole("maxConnections"), g.optionalWhole("smallMachineVcpus"),
          g.optionalWhole("smallMachineConnections"), g.figures);
    });
    Map<String, CloudAccount> accounts = top.entries("accounts", (id, f) -> {
      Sourced g = new Sourced(f, every);
      return new CloudAccount(id, f.text("name"), g.value("capacity", Dimension.BYTES),
          g.value("ingress", Dimension.BYTE_RATE), g.value("egress", Dimension.BYTE_RATE),
          g.figures);
    });
    Fields charts = top.map("charts");
    List<Double> cadences = charts.positives("cadences", Dimension.DURATION);
    List<Long> fleet = new ArrayList<>();
    charts.positives("fleetGpus", Dimension.NUMBER).forEach(v -> fleet.add(Math.round(v)));
    List<Double> outages = charts.positives("outages", Dimension.DURATION);
    charts.finish();
    top.finish();
    problems.throwIfAny();

    CheckpointCatalog c = new CheckpointCatalog(Collections.unmodifiableMap(sources),
        new ArrayList<>(state.values()), models, failures, methods, accounts, cadences, fleet,
        outages);
    for (Map.Entry<String, Figure> e : every.entrySet()) {
      Figure f = e.getValue();
      if (!f.sourceId().isEmpty() && !sources.containsKey(f.sourceId())) {
        problems.add(f.at(), e.getKey(), "unknown source '" + f.sourceId()
            + "'; add it under sources or use one of: " + String.join(", ", sources.keySet()));
      }
    }
    problems.throwIfAny();
    return c;
  }

  /**
   * Reads sourced figures of one entry; remembers them for the assumptions list and, by path,
   * for the check that every source id resolves.
   */
  private static final class Sourced {
    final Fields f;
    final Map<String, Figure> figures = new LinkedHashMap<>();
    final Map<String, Figure> every;

    Sourced(Fields f, Map<String, Figure> every) {
      this.f = f;
      this.every = every;
    }

    double value(String key, Dimension d) {
      Figure fig = f.figure(key, d, true);
      figures.put(key, fig);
      every.put(f.pathOf(key), fig);
      return fig.value();
    }

    Double optional(String key, Dimension d) {
      return f.has(key) ? value(key, d) : null;
    }

    long whole(String key) {
      double v = value(key, Dimension.NUMBER);
      if (Double.isNaN(v)) {
        return 0;
      }
      if (v != Math.rint(v) || v > Long.MAX_VALUE / 64) {
        f.problem(key, "must be a whole number, got " + Units.sig(v));
        return 0;
      }
      return (long) v;
    }

    Integer optionalWhole(String key) {
      if (!f.has(key)) {
        return null;
      }
      long v = whole(key);
      if (v > Integer.MAX_VALUE) {
        f.problem(key, "must be at most " + Integer.MAX_VALUE + ", got " + v);
      }
      return (int) v;
    }
  }
}
