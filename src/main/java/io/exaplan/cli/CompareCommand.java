package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.OptionViews;
import io.exaplan.report.Report;
import picocli.CommandLine.Command;

/** Every design option for the scenario, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare the design options (ncp-pod, ncp-1eb, dense-420-210, dense-105-210, "
        + "cloud-hdd) for a scenario.")
final class CompareCommand extends ScenarioCommand {
  @Override
  public Report build(Catalog c, Scenario s) {
    return OptionViews.compare(Registry.compare(s, c));
  }
}
