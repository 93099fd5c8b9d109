package io.exaplan.design;

import io.exaplan.checkpoint.CheckpointFit;
import java.util.List;

/**
 * The answer of {@code compare}: the scenario, every registered option in registry order, and
 * how each option catches the scenario's checkpoints.
 */
public record Comparison(Scenario scenario, List<Option> options, CheckpointFit checkpoint) {
  public Comparison {
    options = List.copyOf(options);
  }
}
