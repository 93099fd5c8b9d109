package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.SitePlanner;
import io.exaplan.report.SitesView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The fleet split over its sites, each site's storage, and the central store's share. */
@Command(name = "sites", mixinStandardHelpOptions = true,
    description = "Size each site's storage (optimised, performance pod or guidance) within its "
        + "rack power and space, add the central object store's share of checkpoint copies, and "
        + "total it.")
final class SitesCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Catalog c = input.catalog();
    Scenario s = input.scenario(c);
    output.emit(SitesView.of(SitePlanner.plan(s, c), s), spec.commandLine().getOut());
    return 0;
  }
}
