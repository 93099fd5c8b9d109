package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.report.Report;
import io.exaplan.report.deliverables.Deliverables;
import java.util.List;

/**
 * The studies the visual report summarises beside the comparison, each exactly as its command
 * prints it with the scenario's defaults: the optimiser's recommendation and Pareto front, the
 * sites, and a short simulation (few replications: a summary, not the study itself). The list is
 * {@code Deliverables.studies}, over the {@code report.Commands} the command line implements, so
 * the report packages and the web server do not depend on the commands.
 */
public final class Studies {
  private Studies() {}

  /** {@code Deliverables.studies} run by the command line's own commands. */
  public static List<Report> of(Scenario s, Catalog c) {
    return Deliverables.studies(s, c, Embedded.COMMANDS);
  }
}
