package io.exaplan.checkpoint;

import java.util.List;

/**
 * The checkpoint section of {@code compare}: the scenario's model and cadences against every
 * design option's write rate.
 */
public record CheckpointFit(CheckpointSize checkpoint, CheckpointMode mode, double stallFraction,
    List<Double> cadencesSeconds, List<DesignFit.Row> rows, List<String> assumptions) {

  public CheckpointFit {
    cadencesSeconds = List.copyOf(cadencesSeconds);
    rows = List.copyOf(rows);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * Sizes {@code modelRef} (a preset id or a parameter count, already validated) with the built-in
   * catalog and fits every design to it.
   */
  public static CheckpointFit of(String modelRef, List<Double> cadencesSeconds,
      double stallFraction, CheckpointMode mode, List<DesignFit.DesignRate> designs) {
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    ModelPreset m = k.model("checkpointModel", modelRef);
    CheckpointSize size = CheckpointSize.ofModel(modelRef);
    List<io.exaplan.catalog.Item> used = new java.util.ArrayList<>(k.state());
    used.add(m);
    return new CheckpointFit(size, mode, stallFraction, cadencesSeconds,
        DesignFit.rows(size.checkpointBytes(), cadencesSeconds, stallFraction, mode, designs),
        k.assumptions(used));
  }
}
