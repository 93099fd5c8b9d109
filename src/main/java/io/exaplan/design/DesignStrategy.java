package io.exaplan.design;

import io.exaplan.catalog.Catalog;

/**
 * Builds one design option from a scenario. Implementations are small, stateless, annotated with
 * {@link StrategySpec}, and listed in {@link Registry}.
 */
public interface DesignStrategy {
  Option build(Scenario scenario, Catalog catalog);
}
