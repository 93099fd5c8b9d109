package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.report.Report;
import java.util.List;

/**
 * The studies the visual report summarises beside the comparison, each exactly as its command
 * prints it with the scenario's defaults: the optimiser's recommendation and Pareto front, the
 * sites, and a short simulation (few replications: a summary, not the study itself). Run here, in
 * the commands' package, and handed to {@code Deliverables.build}, so the report packages do not
 * depend on the commands.
 */
public final class Studies {
  private Studies() {}

  public static List<Report> of(Scenario s, Catalog c) {
    return List.of(Embedded.run("optimize", List.of(), c, s),
        Embedded.run("sites", List.of(), c, s),
        Embedded.run("simulate", List.of("--replications=2", "--no-timing"), c, s));
  }
}
