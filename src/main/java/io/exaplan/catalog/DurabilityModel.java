package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How failures and rebuilds are modelled (docs/model.md, "Durability and rebuild"): the default
 * annual failure rates of a drive and of a whole enclosure (used by D-box models that give none),
 * the share of the binding bandwidth a rebuild may take from training traffic, the share of a
 * stripe's data strips read to rebuild one strip (1 for a classic full-stripe read), and how much
 * more often enclosures fail while the system is degraded, for the correlated-failure
 * sensitivity.
 */
public record DurabilityModel(
    String id,
    double driveAfr,
    double enclosureAfr,
    double rebuildShare,
    double rebuildReadFraction,
    double correlationFactor,
    Map<String, Figure> figures) implements Item {

  /**
   * The figures a flash design on {@code box} depends on, so that reports list only those: the
   * rebuild model, and the default failure rates only where the box gives none of its own.
   */
  public Item usedBy(DBoxModel box) {
    return subset(box.figures().containsKey("driveAfr") ? null : "driveAfr",
        box.figures().containsKey("enclosureAfr") ? null : "enclosureAfr", "rebuildShare",
        "rebuildReadFraction", "correlationFactor");
  }

  /** The figures the cloud baseline depends on: it has its own code and failure rates. */
  public Item usedByCloud() {
    return subset("rebuildShare", "correlationFactor");
  }

  private Item subset(String... keys) {
    Map<String, Figure> out = new LinkedHashMap<>();
    for (String k : keys) {
      if (k != null && figures.containsKey(k)) {
        out.put(k, figures.get(k));
      }
    }
    return new Used(id, Collections.unmodifiableMap(out));
  }

  /** Some of this model's figures, under its id. */
  private record Used(String id, Map<String, Figure> figures) implements Item {}
}
