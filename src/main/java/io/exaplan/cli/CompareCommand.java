package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.OptionViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Every design option for the scenario, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare the design options (ncp-pod, ncp-1eb, dense-420-210, dense-105-210, "
        + "cloud-hdd) for a scenario.")
final class CompareCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Catalog c = input.catalog();
    Scenario s = input.scenario(c);
    output.emit(OptionViews.compare(Registry.compare(s, c)), spec.commandLine().getOut());
    return 0;
  }
}
