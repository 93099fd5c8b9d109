package io.exaplan.checkpoint;

import io.exaplan.catalog.Item;
import io.exaplan.config.Figure;
import java.util.Map;

/** A model whose parameter count is known exactly, so checkpoint sizes are reproducible. */
public record ModelPreset(String id, String name, long parameters, Map<String, Figure> figures)
    implements Item {

  /** A model given only by its parameter count (flag --params or a scenario number). */
  public static ModelPreset custom(long parameters) {
    return new ModelPreset("custom", String.format(java.util.Locale.ROOT, "%,d parameters",
        parameters), parameters, Map.of());
  }
}
