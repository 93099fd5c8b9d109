package io.exaplan.design;

import java.util.List;

/** The answer of {@code compare}: the scenario and every registered option, in registry order. */
public record Comparison(Scenario scenario, List<Option> options) {
  public Comparison {
    options = List.copyOf(options);
  }
}
