package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.SitePlanner;
import io.exaplan.report.Report;
import io.exaplan.report.SitesView;
import picocli.CommandLine.Command;

/** The fleet split over its sites, each site's storage, and the central store's share. */
@Command(name = "sites", mixinStandardHelpOptions = true,
    description = "Size each site's storage (optimised, performance pod or guidance) within its "
        + "rack power and space, add the central object store's share of checkpoint copies, and "
        + "total it.")
final class SitesCommand extends ScenarioCommand {
  @Override
  public Report build(Catalog c, Scenario s) {
    return SitesView.of(SitePlanner.plan(s, c), s);
  }
}
