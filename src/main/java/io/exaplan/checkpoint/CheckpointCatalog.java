package io.exaplan.checkpoint;

import io.exaplan.catalog.Item;
import io.exaplan.catalog.Source;
import io.exaplan.config.InputException;
import io.exaplan.config.Yaml;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sourced figures of the checkpoint, failure and data-movement analysis: what a checkpoint
 * holds per parameter, model presets, the reference failure rate, copy methods, cloud account
 * limits and the x-axes of the chart tables. Bundled as {@value #BUILT_IN}, kept apart from the
 * hardware catalog because it describes workloads and the WAN, not hardware.
 */
public record CheckpointCatalog(
    Map<String, Source> sources,
    List<StateComponent> state,
    Map<String, ModelPreset> models,
    FailureReference failures,
    Map<String, CopyMethod> copyMethods,
    Map<String, CloudAccount> accounts,
    List<Double> chartCadencesSeconds,
    List<Long> chartFleetGpus,
    List<Double> chartOutagesSeconds) {

  public static final String BUILT_IN = "catalog/checkpoint.yaml";

  private static final CheckpointCatalog DEFAULT =
      CheckpointCatalogLoader.bind(Yaml.resource(BUILT_IN));

  public CheckpointCatalog {
    state = List.copyOf(state);
    chartCadencesSeconds = List.copyOf(chartCadencesSeconds);
    chartFleetGpus = List.copyOf(chartFleetGpus);
    chartOutagesSeconds = List.copyOf(chartOutagesSeconds);
  }

  /** The bundled catalog (parsed once). */
  public static CheckpointCatalog builtIn() {
    return DEFAULT;
  }

  /** Parses a catalog in the bundled layout; {@code origin} names it in messages. */
  public static CheckpointCatalog parse(String origin, String yaml) {
    return CheckpointCatalogLoader.bind(Yaml.parse(origin, yaml));
  }

  /**
   * This catalog with the checkpoint's parts replaced by those of a state file ({@code sources}
   * and {@code state} sections in this catalog's layout, e.g. FP8 weights beside bf16 ones).
   */
  public CheckpointCatalog withState(java.nio.file.Path file) {
    return CheckpointCatalogLoader.withState(this, Yaml.read(file));
  }

  /** {@link #withState(java.nio.file.Path)} from text; {@code origin} names it in messages. */
  public CheckpointCatalog withState(String origin, String yaml) {
    return CheckpointCatalogLoader.withState(this, Yaml.parse(origin, yaml));
  }

  /**
   * A preset id, or a whole number of parameters ("405e9" too); null when it is neither, so the
   * caller can say where the bad value was written.
   */
  public ModelPreset resolveModel(String idOrCount) {
    ModelPreset m = models.get(idOrCount);
    if (m != null) {
      return m;
    }
    try {
      double n = Double.parseDouble(idOrCount.trim());
      if (n >= 1 && n <= Long.MAX_VALUE / 64 && n == Math.rint(n)) {
        return ModelPreset.custom((long) n);
      }
    } catch (NumberFormatException e) {
      // not a number either
    }
    return null;
  }

  /** Like {@link #resolveModel}, but an unknown name is a user error naming the flag. */
  public ModelPreset model(String flag, String idOrCount) {
    ModelPreset m = resolveModel(idOrCount);
    if (m == null) {
      throw new InputException(flag + ": unknown model '" + idOrCount + "'; expected one of: "
          + String.join(", ", models.keySet()) + ", or a whole number of parameters");
    }
    return m;
  }

  public CloudAccount account(String id) {
    CloudAccount a = accounts.get(id);
    if (a == null) {
      throw new InputException("--account: unknown account type '" + id + "'; expected one of: "
          + String.join(", ", accounts.keySet()));
    }
    return a;
  }

  /** Sum of the per-parameter state: 14 bytes with the bundled figures. */
  public double bytesPerParam() {
    return state.stream().mapToDouble(StateComponent::bytesPerParam).sum();
  }

  /** "id.field = value (citation)" for each assumed figure among {@code items}, in order. */
  public List<String> assumptions(List<? extends Item> items) {
    return cite(items, true);
  }

  /**
   * "id.field = value (citation)" for every figure of {@code items}, cited or assumed, in order:
   * the inputs a report rests on, each with where it comes from.
   */
  public List<String> cited(List<? extends Item> items) {
    return cite(items, false);
  }

  private List<String> cite(List<? extends Item> items, boolean assumedOnly) {
    Set<String> out = new LinkedHashSet<>();
    items.forEach(item -> item.figures().forEach((field, f) -> {
      Source s = sources.get(f.sourceId());
      if (s != null && (s.assumption() || !assumedOnly)) {
        out.add(item.id() + "." + field + " = " + f.human() + " (" + s.citation() + ")");
      }
    }));
    return new ArrayList<>(out);
  }
}
