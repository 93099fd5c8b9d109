package io.exaplan.sim;

import io.exaplan.catalog.Source;
import io.exaplan.config.Dimension;
import io.exaplan.config.Figure;
import io.exaplan.config.Fields;
import io.exaplan.config.Problems;
import io.exaplan.config.Yaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sourced defaults of {@code simulate} ({@value #BUILT_IN}): each is a figure with a citation
 * or an assumption, overridable by a flag. Reports list the assumed ones a run used.
 */
public final class SimDefaults {
  public static final String BUILT_IN = "sim/default.yaml";

  /** Every key and its dimension, in file order. */
  private static final Map<String, Dimension> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("stageRatePerGpu", Dimension.BYTE_RATE);
    KEYS.put("outageEvery", Dimension.DURATION);
    KEYS.put("outageMean", Dimension.DURATION);
  }

  private static final SimDefaults BUILT = load();

  private final Map<String, Source> sources;
  private final Map<String, Figure> figures;

  private SimDefaults(Map<String, Source> sources, Map<String, Figure> figures) {
    this.sources = sources;
    this.figures = figures;
  }

  public static SimDefaults builtIn() {
    return BUILT;
  }

  private static SimDefaults load() {
    Problems problems = new Problems();
    Fields top = Fields.of(Yaml.resource(BUILT_IN), "", problems);
    Fields s = top.map("sources");
    Map<String, Source> sources = new LinkedHashMap<>();
    for (String id : s.keys()) {
      String text = s.text(id).trim();
      sources.put(id, new Source(id, text, text.startsWith(Source.ASSUMPTION)));
    }
    Map<String, Figure> figures = new LinkedHashMap<>();
    KEYS.forEach((k, d) -> figures.put(k, top.figure(k, d, true)));
    top.finish();
    figures.forEach((k, f) -> {
      if (!sources.containsKey(f.sourceId())) {
        problems.add(f.at(), k, "unknown source '" + f.sourceId() + "'");
      }
    });
    problems.throwIfAny();
    return new SimDefaults(sources, figures);
  }

  /** The value of {@code key} in SI units. */
  public double value(String key) {
    Figure f = figures.get(key);
    if (f == null) {
      throw new IllegalArgumentException("no simulator default '" + key + "'");
    }
    return f.value();
  }

  /**
   * "sim.key = value (assumption: ...)" for each of {@code used} whose source is an assumption,
   * in the order given.
   */
  public List<String> assumptions(List<String> used) {
    List<String> out = new ArrayList<>();
    for (String k : used) {
      Figure f = figures.get(k);
      Source s = f == null ? null : sources.get(f.sourceId());
      String line = s != null && s.assumption()
          ? "sim." + k + " = " + f.human() + " (" + s.citation() + ")" : null;
      if (line != null && !out.contains(line)) {
        out.add(line);
      }
    }
    return out;
  }
}
